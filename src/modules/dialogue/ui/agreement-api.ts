// The staff API calls behind the agreements panel.
import { api, query } from '../../../../web/src/app/api.js';
import type { StaffUser } from '../../cases/ui/index.js';
import type { AgreementDraft } from './agreement-logic.js';

/** A caseworker or team lead of the department: who may own an agreement. */
export type StaffOption = StaffUser;

const path = (caseNumber: string) => `/cases/${encodeURIComponent(caseNumber)}/agreements`;

/** Caseworkers and team leads of the case's department: they may own its agreements. */
export const fetchDepartmentStaff = (departmentId: string) =>
  api<StaffOption[]>('GET', `/staff/users${query({ department: departmentId })}`);

export const postAgreement = (caseNumber: string, body: AgreementDraft) =>
  api<{ id: string }>('POST', path(caseNumber), body);

export const closeAgreement = (caseNumber: string, agreementId: string, status: 'kept' | 'cancelled') =>
  api<void>('PATCH', `${path(caseNumber)}/${encodeURIComponent(agreementId)}`, { status });
