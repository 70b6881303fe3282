// Every staff page's components, declared by its module (its ui/manifest.ts), for the router (App.tsx).
export { STAFF_VIEWS } from '../../../src/modules/ui.js';
