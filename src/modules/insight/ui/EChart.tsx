// The staff app's ECharts chart (an SVG image beside its table) lives in the web shell, shared by the modules.
export { EChart } from '../../../../web/src/app/EChart.js';
