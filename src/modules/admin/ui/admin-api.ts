// The administration API as the staff pages call it (same-origin JSON, see web/src/app/api.ts).
import { api } from '../../../../web/src/app/api.js';

// A user's row is plain strings and booleans, so the JSON the page gets is the server's own type.
import type { AdminUserRow } from '../queries.js';

export type AdminUser = AdminUserRow;

export interface AdminDepartment {
  id: string;
  name: string;
  methodStartedOn: string | null;
}
export interface AdminTeam {
  id: string;
  name: string;
  departmentId: string;
}
export interface AdminArea {
  id: string;
  code: string;
  name: string;
  kleNumber: string;
  departmentId: string;
  firstContactDays: number;
  resolutionDays: number;
  answerDays: number;
  public: boolean;
}
export interface AdminOrganisation {
  departments: AdminDepartment[];
  teams: AdminTeam[];
  areas: AdminArea[];
  kleMainGroups: Record<string, string>;
}
export interface AdminSettings {
  kommuneId: string;
  name: string;
  accessibilityUrl: string;
  closedMonthDays: string[];
  closedDates: string[];
  delayNoticeDays: number;
  retentionYears: number;
  retentionMonths: number;
}
export interface AdminContact {
  id: string;
  departmentId: string | null;
  areaId: string | null;
  phone: string | null;
  openingHours: string | null;
  address: string | null;
  email: string | null;
}

export const fetchUsers = () => api<{ items: AdminUser[] }>('GET', '/admin/users');
export const fetchOrganisation = () => api<AdminOrganisation>('GET', '/admin/organisation');
export const fetchSettings = () => api<AdminSettings>('GET', '/admin/settings');
export const fetchContacts = () => api<{ items: AdminContact[] }>('GET', '/admin/contacts');

/** A number field's value for the API: the integer, or the text itself so the server names the problem. */
export const asInteger = (v: string | undefined): number | string =>
  v && /^\d+$/.test(v) ? Number(v) : (v ?? '');

/** Names by id, for the tables. */
export const namesById = (rows: readonly { id: string; name: string }[]) =>
  new Map(rows.map((r) => [r.id, r.name] as const));
