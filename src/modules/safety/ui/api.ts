// The safety module's calls and shapes in the staff app (the server's schemas.ts, as the browser sees them).
import { api } from '../../../../web/src/app/api.js';
import type { FollowUpItem, FollowUpStatus, SafetyMeasure } from '../../../core/incidents.js';

export interface Person {
  id: string;
  name: string;
}

export interface Incident {
  id: string;
  occurredAt: string;
  place: string;
  type: string;
  severity: string;
  description: string;
  absenceFrom: string | null;
  absenceDays: number | null;
  exposedStaff: Person[];
  citizen: { name: string } | null;
  deEscalation: string | null;
  escalation: string | null;
  injury: string | null;
  reportedBy: Person;
  createdAt: string;
  policeReport: 'filed' | 'not_filed' | null;
  reportDeadline: string | null;
  reportStatus: FollowUpStatus | null;
  followUp: { item: FollowUpItem; status: FollowUpStatus; due: string | null; doneAt: string | null }[];
  overdue: number;
}

export interface Statistics {
  from: string;
  to: string;
  minGroupSize: number;
  total: number | null;
  byType: { key: string; count: number | null }[];
  byPlace: { key: string; count: number | null }[];
  byMonth: { key: string; count: number | null }[];
}

/** The booking a plan is for: when, where, which service. */
export interface PlanBooking {
  id: string;
  startsAt: string;
  place: string;
  serviceName: string;
}

export interface Plan {
  id: string;
  caseNumber: string | null;
  booking: PlanBooking | null;
  citizen: { name: string };
  measures: SafetyMeasure[];
  secondStaff: Person | null;
  knownStaff: Person | null;
  reason: string;
  reviewOn: string;
  activeUntil: string | null;
  status: 'active' | 'review_soon' | 'lapsed' | 'ended';
  createdBy: Person;
  createdAt: string;
  renewedAt: string | null;
  canRenew: boolean;
}

export const fetchIncidents = () => api<Incident[]>('GET', '/incidents');
export const fetchIncident = (id: string) => api<Incident>('GET', `/incidents/${encodeURIComponent(id)}`);
export const registerIncident = (body: Record<string, unknown>) => api<Incident>('POST', '/incidents', body);
export const followUp = (id: string, body: Record<string, unknown>) =>
  api<Incident>('PATCH', `/incidents/${encodeURIComponent(id)}`, body);
export const searchColleagues = (q: string) =>
  api<Person[]>('GET', `/safety/colleagues?q=${encodeURIComponent(q)}`);
export const fetchStatistics = (from: string, to: string) =>
  api<Statistics>('GET', `/incidents/statistics?from=${from}&to=${to}`);
export const fetchPlansInForce = () => api<Plan[]>('GET', '/safety-plans');
export const fetchCasePlans = (caseNumber: string) =>
  api<Plan[]>('GET', `/cases/${encodeURIComponent(caseNumber)}/safety-plans`);
export const createPlan = (caseNumber: string, body: Record<string, unknown>) =>
  api<Plan>('POST', `/cases/${encodeURIComponent(caseNumber)}/safety-plans`, body);
export const renewPlan = (id: string, body: { reviewOn: string; reason: string }) =>
  api<Plan>('POST', `/safety-plans/${encodeURIComponent(id)}/renew`, body);
export const endPlan = (id: string) => api<Plan>('POST', `/safety-plans/${encodeURIComponent(id)}/end`);

/** A plan on a booking as the front desk sees it: no reason. */
export interface BookingPlan {
  planId: string;
  booking: PlanBooking;
  citizen: { name: string };
  measures: SafetyMeasure[];
  secondStaff: Person | null;
  knownStaff: Person | null;
  activeUntil: string | null;
}

export interface CaseBooking {
  id: string;
  startsAt: string;
  endsAt: string;
  place: string;
  serviceName: string;
}

export const fetchCaseBookings = (caseNumber: string) =>
  api<CaseBooking[]>('GET', `/cases/${encodeURIComponent(caseNumber)}/safety-plans/bookings`);
export const fetchBookingPlans = (date: string) =>
  api<BookingPlan[]>('GET', `/safety-plans/on-bookings?date=${encodeURIComponent(date)}`);
