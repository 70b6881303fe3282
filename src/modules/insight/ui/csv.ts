// The CSV download lives in the web shell, shared by the modules.
export { downloadCsv } from '../../../../web/src/app/csv.js';
