// The staff API calls behind the effect dashboard.
import { api, query } from '../../../../web/src/app/api.js';
import type { FigureAnswer, RootCauseAnswer } from '../dashboard.js';

export type { FigureAnswer, RootCauseAnswer };

export interface FigureInfo {
  key: string;
  label: string;
  unit: FigureAnswer['unit'];
  byArea: boolean;
}

export interface DashboardScope {
  wholeKommune: boolean;
  departments: { id: string; name: string; methodStartedOn: string | null }[];
  areas: { id: string; departmentId: string; name: string }[];
  asOf: string | null;
}

export interface Filters {
  from: string;
  to: string;
  department: string;
  area: string;
}

const scopeQuery = (f: Filters) => query({ from: f.from, to: f.to, department: f.department, area: f.area });

export const fetchScope = () => api<DashboardScope>('GET', '/insight/scope');
export const fetchFigureList = () => api<FigureInfo[]>('GET', '/insight/figures');
export const fetchFigure = (key: string, f: Filters) =>
  api<FigureAnswer>('GET', `/insight/figures/${encodeURIComponent(key)}${scopeQuery(f)}`);
export const fetchRootCauses = (f: Filters) =>
  api<RootCauseAnswer>('GET', `/insight/root-causes${scopeQuery(f)}`);
