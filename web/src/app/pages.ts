// Every staff page, declared by the module it belongs to (its ui/manifest.ts) and assembled by the list in
// src/modules/ui.ts in menu order. The contract (StaffPage, StaffView, ViewProps) lives beside the module
// contract, in src/platform/ui.ts. Re-exported, not computed here: module components import the shell, so
// the list may still be loading when this file is (read the pages when they are needed, not at load).
export { STAFF_PAGES } from '../../../src/modules/ui.js';
export type { StaffPage, StaffView, ViewProps } from '../../../src/platform/ui.js';
