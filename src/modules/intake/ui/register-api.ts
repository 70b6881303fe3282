// The staff API calls behind the registration page.
import { api } from '../../../../web/src/app/api.js';
import type { AreaOption as StaffArea } from '../../cases/ui/index.js';

export type { StaffArea };

export interface Registered {
  caseNumber: string;
  firstContactDue: string;
}

export const fetchStaffAreas = () => api<StaffArea[]>('GET', '/staff/areas');

/** POST /staff/cases; a 400 carries a Danish (or English) message per field in ApiError.fields. */
export const registerCase = (body: Record<string, string>) => api<Registered>('POST', '/staff/cases', body);
