// The role × route × relation matrix, walked over HTTP against the app's own route table. Every /api/v1 route
// has an entry here saying which policy rules decide it and on what subject; a route without one fails the
// first test. Each cell — role × relation (own department, other department, primary contact, other kommune)
// and anonymous — is sent as a real request, and its answer must agree with `can()` on the subject as it is in
// the database at that moment. On the same walk:
// - a response that carries a citizen's personal data must come from a route declaring `personalData`, and
//   every answer of such a route must have written an audit row (who, when, what, purpose, address);
// - no response ever carries a CPR number in clear, nor another kommune's data; afterwards neither does any
//   table nor the log.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PHASES } from '../../src/core/conversation.js';
import { DEMO_PASSWORD } from '../../src/modules/cases/seed/organisation.js';
import { book } from '../../src/modules/reception/booking.js';
import { checkInWalkIn } from '../../src/modules/reception/desk.js';
import { seedReception } from '../../src/modules/reception/seed.js';
import { planSubject } from '../../src/modules/safety/plans.js';
import { planById } from '../../src/modules/safety/queries.js';
import { createSession } from '../../src/platform/auth/sessions.js';
import { type Action, type Actor, can, ROLES, type Role } from '../../src/platform/policies.js';
import { apiRoutes } from '../../src/platform/route-table.js';
import { citizenSession, type Harness, startHarness } from '../support/harness.js';
import { type SurveyFixture, surveyFixture } from '../support/surveys.js';

// Every fixture's personal data carries one of these words, so a response that shows any of it is recognised.
const MARK = 'qzxmatrix';
const OTHER_KOMMUNE_MARK = 'qzxrudersdal';
const CPRS = ['1507801234', '2208851234', '0312901234'];

type Relation = 'own department' | 'other department' | 'primary contact' | 'other kommune';
const RELATIONS: readonly Relation[] = [
  'own department',
  'other department',
  'primary contact',
  'other kommune',
];

interface Fixture {
  caseNumber: string;
  caseId: string;
  citizenId: string;
  agreementId: string;
  trackingToken: string;
  outboxId: string;
}

/** What decides a route: policy rules on the actor alone, or on the case, its citizen, or the citizen record. */
type Access =
  | { public: true }
  | { signedIn: true }
  | { rules: Action[]; on: 'actor' | 'case' | 'citizen' | 'record' }
  // A record of the route's own (an incident, a plan), its subject read from the database at the cell's moment.
  | { rules: Action[]; on: 'given'; subject: () => Promise<unknown> };

/** What the learning routes work on: a draft learning case and a feedback request in Køge, made before the walk. */
interface LearningFixture {
  learningCaseId: string; // a draft by the caseworker
  feedbackId: string; // asked by the caseworker of the team lead
  courseId: string; // a course (forløb) of the team lead's department, holding the sessions
  spareCourseId: string; // another, for the walk to delete
  sessionId: string; // a training session of the team lead's department
  spareSessionId: string; // another, for the walk to delete
  pairId: string; // a buddy pair in the team lead's department
  planId: string; // an action plan of the caseworker's
}

/** What the administration routes work on: records of the admin's own kommune, made before the walk. */
interface AdminFixture {
  spareUserId: string; // a staff user to change, deactivate, reactivate and give a password — not the admin
  departmentId: string; // gets no contact entry until the walk adds one
  teamId: string;
  areaId: string;
  contactId: string;
  closingDay: string; // an extra closing day the walk removes
  settings: Record<string, unknown>; // the kommune's settings as they are, sent back unchanged
}

interface Entry {
  access: Access;
  request: (f: Fixture, actor: Actor | null) => { query?: string; payload?: unknown };
  /** The route's own path parameters (`:id`, `:date`), beside the case, citizen and kommune ones. */
  params?: (f: Fixture) => Record<string, string>;
  /** The request ends the session it is sent with: send it with a session of its own. */
  endsSession?: boolean;
  /** A status the workflow answers an allowed request with once an earlier cell has done the work. */
  alreadyDone?: number;
}

const none = () => ({});
const neutralConversation = {
  currentPhase: CONVERSATION_PHASES[0],
  notes: {},
  rootCause: null,
  secondaryCauses: [],
  elapsedSeconds: 0,
};
const newCase = (over: Record<string, unknown> = {}) => ({
  kind: 'inquiry',
  area: 'hjaelpemidler',
  description: 'En neutral henvendelse om åbningstider.',
  name: 'Neutral Indsender',
  phone: '55 66 77 88',
  preferredContactTime: 'any',
  ...over,
});

// One line per route: `METHOD url` exactly as registered.
const MATRIX: Record<string, Entry> = {
  'POST /api/v1/auth/login': {
    access: { public: true },
    request: () => ({ payload: { email: 'analyst@koege.demo', password: DEMO_PASSWORD } }),
  },
  'POST /api/v1/auth/token': {
    access: { public: true },
    request: () => ({ payload: { email: 'analyst@koege.demo', password: DEMO_PASSWORD } }),
  },
  'POST /api/v1/auth/logout': { access: { signedIn: true }, request: none, endsSession: true },
  'GET /api/v1/auth/me': { access: { signedIn: true }, request: none },

  'POST /api/v1/kommuner/:kommunekode/cases': {
    access: { public: true },
    request: () => ({ payload: { ...newCase(), consent: true } }),
  },
  'GET /api/v1/kommuner/:kommunekode/areas': { access: { public: true }, request: none },
  'GET /api/v1/kommuner/:kommunekode/service-goals': { access: { public: true }, request: none },
  'GET /api/v1/insight/figures': { access: { rules: ['insight.read'], on: 'actor' }, request: none },
  'GET /api/v1/insight/figures/:key': {
    access: { rules: ['insight.read'], on: 'actor' },
    request: () => ({ query: 'from=2026-01-01&to=2026-12-01' }),
    params: () => ({ key: 'insight.complaints' }),
  },
  'GET /api/v1/insight/root-causes': { access: { rules: ['insight.read'], on: 'actor' }, request: none },
  'GET /api/v1/insight/scope': { access: { rules: ['insight.read'], on: 'actor' }, request: none },
  // The national view: the harness names no shared-service kommune, so it is refused to every role.
  'GET /api/v1/insight/national/figures/:key': {
    access: {
      rules: ['insight.national'],
      on: 'given',
      subject: async () => ({ kommuneId: h.ctx.config.sharedServiceKommune }),
    },
    request: () => ({ query: 'from=2026-01-01&to=2026-12-01' }),
    params: () => ({ key: 'insight.complaints' }),
  },
  'GET /api/v1/insight/national/root-causes': {
    access: {
      rules: ['insight.national'],
      on: 'given',
      subject: async () => ({ kommuneId: h.ctx.config.sharedServiceKommune }),
    },
    request: none,
  },
  'GET /api/v1/kommuner/:kommunekode/calendar/add-working-days': {
    access: { public: true },
    request: () => ({ query: 'from=2026-12-01&days=2' }),
  },
  'GET /api/v1/track/:token': { access: { public: true }, request: none },
  'POST /api/v1/staff/cases': {
    access: { rules: ['case.register'], on: 'actor' },
    request: () => ({
      payload: { ...newCase({ kind: 'complaint', decisionDate: '2026-11-20' }), channel: 'phone' },
    }),
  },

  'GET /api/v1/cases': { access: { rules: ['case.list'], on: 'actor' }, request: none },
  'POST /api/v1/cases/search': {
    access: { rules: ['case.list'], on: 'actor' },
    request: (f) => ({ payload: { q: f.caseNumber, purpose: 'tilsyn' } }),
  },
  'GET /api/v1/cases/:caseNumber': {
    access: { rules: ['case.list', 'case.read'], on: 'case' },
    request: () => ({ query: 'purpose=tilsyn' }),
  },
  'GET /api/v1/cases/:caseNumber/conversation': {
    access: { rules: ['case.work'], on: 'case' },
    request: none,
  },
  'GET /api/v1/cases/:caseNumber/agreements': { access: { rules: ['case.work'], on: 'case' }, request: none },
  'POST /api/v1/cases/:caseNumber/assign-to-me': {
    access: { rules: ['case.list', 'case.work'], on: 'case' },
    request: none,
  },
  'POST /api/v1/cases/:caseNumber/contact-attempts': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { channel: 'phone', result: 'no_answer' } }),
  },
  'GET /api/v1/cases/:caseNumber/missed-call-message': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ query: 'channel=sms' }),
  },
  'POST /api/v1/cases/:caseNumber/missed-call-message': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { channel: 'sms' } }),
  },
  'PUT /api/v1/cases/:caseNumber/conversation': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: neutralConversation }),
  },
  'POST /api/v1/cases/:caseNumber/agreements': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { what: 'En neutral aftale.', owner: 'citizen', dueOn: '2026-12-10' } }),
  },
  'PATCH /api/v1/cases/:caseNumber/agreements/:agreementId': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { status: 'kept' } }),
    alreadyDone: 400, // "the agreement is already settled", on its field
  },
  'POST /api/v1/cases/:caseNumber/reassign': {
    access: { rules: ['case.work', 'case.reassign'], on: 'case' },
    request: () => ({ payload: { teamId: null } }),
  },
  'POST /api/v1/cases/:caseNumber/transitions': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { to: 'contacting' } }),
  },
  // Letters: created first, so letter 1 exists on the fixtures whose letters a role may write; a caseworker's
  // cell sends it, so later cells meet a sent letter (409 for a change or a second send).
  'POST /api/v1/text/lix': {
    access: { rules: ['text.check'], on: 'actor' },
    request: () => ({ payload: { text: 'Afgørelsen fastholdes, jf. § 66.' } }),
  },
  'POST /api/v1/cases/:caseNumber/letters': {
    access: { rules: ['letter.write'], on: 'case' },
    request: () => ({ payload: { kind: 'general' } }),
  },
  'GET /api/v1/cases/:caseNumber/letters': { access: { rules: ['letter.write'], on: 'case' }, request: none },
  'GET /api/v1/cases/:caseNumber/letters/:letterNumber': {
    access: { rules: ['letter.write'], on: 'case' },
    request: none,
    params: () => ({ letterNumber: '1' }),
  },
  'PUT /api/v1/cases/:caseNumber/letters/:letterNumber': {
    access: { rules: ['letter.write'], on: 'case' },
    request: () => ({
      payload: {
        title: 'Om din sag',
        sections: [
          { key: 'result', heading: 'Om din sag', body: 'Vi har set på din sag.' },
          { key: 'next_steps', heading: 'Det sker nu', body: 'Ring til os, hvis du har spørgsmål.' },
        ],
      },
    }),
    params: () => ({ letterNumber: '1' }),
  },
  'GET /api/v1/cases/:caseNumber/letters/:letterNumber/pdf': {
    access: { rules: ['letter.write'], on: 'case' },
    request: none,
    params: () => ({ letterNumber: '1' }),
  },
  'POST /api/v1/cases/:caseNumber/letters/:letterNumber/send': {
    access: { rules: ['letter.write'], on: 'case' },
    request: none,
    params: () => ({ letterNumber: '1' }),
  },
  'GET /api/v1/letter-templates': { access: { rules: ['letter.templates'], on: 'actor' }, request: none },
  'PUT /api/v1/letter-templates/:kind': {
    access: { rules: ['letter.templates'], on: 'actor' },
    request: () => ({
      payload: {
        area: null,
        title: 'Om din sag',
        sections: [
          { key: 'result', heading: 'Om din sag', body: 'Kære {{citizenName}}' },
          { key: 'next_steps', heading: 'Det sker nu', body: 'Ring til os.' },
        ],
      },
    }),
    params: () => ({ kind: 'general' }),
  },
  'PUT /api/v1/letter-settings': {
    access: { rules: ['letter.templates'], on: 'actor' },
    request: () => ({ payload: { lixLimit: 40, officialese: [{ phrase: 'jf.', suggestion: 'se' }] } }),
  },
  'GET /api/v1/digital-post/dev-outbox': {
    access: { rules: ['digitalpost.outbox'], on: 'actor' },
    request: none,
  },
  'GET /api/v1/digital-post/dev-outbox/:id/pdf': {
    access: { rules: ['digitalpost.outbox'], on: 'actor' },
    request: none,
    params: () => ({ id: devOutboxId }),
  },
  'GET /api/v1/team/overview': { access: { rules: ['team.overview'], on: 'actor' }, request: none },
  'GET /api/v1/staff/areas': { access: { rules: ['organisation.read'], on: 'actor' }, request: none },
  'GET /api/v1/staff/teams': { access: { rules: ['organisation.read'], on: 'actor' }, request: none },
  'GET /api/v1/staff/users': { access: { rules: ['organisation.read'], on: 'actor' }, request: none },

  'PUT /api/v1/citizens/:citizenId/primary-contact': {
    access: { rules: ['citizen.update'], on: 'citizen' },
    // Keeps the relation under test: a case worker names themself, so "primary contact" stays true for them.
    request: (_f, actor) => ({
      payload: { userId: actor && ['caseworker', 'team_lead'].includes(actor.role) ? actor.userId : null },
    }),
  },
  'PUT /api/v1/citizens/:citizenId/support-needs': {
    access: { rules: ['citizen.update'], on: 'citizen' },
    request: () => ({ payload: { interpreter: false } }),
  },

  'GET /api/v1/dev-mailbox': { access: { rules: ['mailbox.read'], on: 'actor' }, request: none },
  'GET /api/v1/dev-mailbox/:id/attachments/:index': {
    access: { rules: ['mailbox.read'], on: 'actor' },
    request: none,
    params: () => ({ id: devMailboxId, index: '0' }),
  },
  'GET /api/v1/outbox/undelivered': { access: { rules: ['mailbox.read'], on: 'actor' }, request: none },
  'POST /api/v1/outbox/:id/resend': {
    access: { rules: ['outbox.resend'], on: 'actor' },
    request: none,
    params: (f) => ({ id: f.outboxId }),
  },

  // Safety: any staff member registers an incident; the safety role (and the one who registered it) reads it.
  'POST /api/v1/incidents': {
    access: { rules: ['incident.register'], on: 'actor' },
    request: () => ({ payload: neutralIncident }),
  },
  'GET /api/v1/incidents': { access: { rules: ['incident.list'], on: 'actor' }, request: none },
  'GET /api/v1/incidents/statistics': {
    access: { rules: ['incident.statistics'], on: 'actor' },
    request: () => ({ query: 'from=2026-01-01&to=2026-12-31' }),
  },
  'GET /api/v1/incidents/:id': {
    access: { rules: ['incident.list', 'incident.read'], on: 'given', subject: () => incidentSubject() },
    request: none,
    params: () => ({ id: safetyFx.incidentId }),
  },
  'PATCH /api/v1/incidents/:id': {
    access: {
      rules: ['incident.list', 'incident.read', 'incident.followUp'],
      on: 'given',
      subject: () => incidentSubject(),
    },
    request: () => ({ payload: { debriefing: true } }),
    params: () => ({ id: safetyFx.incidentId }),
  },
  'GET /api/v1/safety/colleagues': {
    access: { rules: ['incident.register'], on: 'actor' },
    request: () => ({ query: 'q=a' }),
  },
  'GET /api/v1/safety/report-thresholds': {
    access: { rules: ['incident.configure'], on: 'actor' },
    request: none,
  },
  'PUT /api/v1/safety/report-thresholds': {
    access: { rules: ['incident.configure'], on: 'actor' },
    request: () => ({
      payload: [{ from: '1900-01-01', minAbsenceDays: 1 }] as unknown as Record<string, unknown>,
    }),
  },
  'GET /api/v1/safety-plans': { access: { rules: ['safetyPlan.list'], on: 'actor' }, request: none },
  'GET /api/v1/safety-plans/on-bookings': {
    access: { rules: ['safetyPlan.list'], on: 'actor' },
    request: () => ({ query: `date=${new Date().toISOString().slice(0, 10)}` }),
  },
  'GET /api/v1/cases/:caseNumber/safety-plans/bookings': {
    access: { rules: ['safetyPlan.create'], on: 'case' },
    request: none,
  },
  'GET /api/v1/cases/:caseNumber/safety-plans': {
    access: { rules: ['safetyPlan.ofCase'], on: 'case' },
    request: none,
  },
  'POST /api/v1/cases/:caseNumber/safety-plans': {
    access: { rules: ['safetyPlan.create'], on: 'case' },
    request: () => ({
      payload: { measures: ['second_staff'], reason: 'En neutral begrundelse for planen.' },
    }),
  },
  'POST /api/v1/safety-plans/:id/renew': {
    access: { rules: ['safetyPlan.read', 'safetyPlan.renew'], on: 'given', subject: () => planSubjectNow() },
    request: () => ({
      payload: { reviewOn: '2027-01-15', reason: 'En neutral begrundelse for fornyelsen.' },
    }),
    params: () => ({ id: safetyFx.planId }),
  },
  'POST /api/v1/safety-plans/:id/end': {
    access: { rules: ['safetyPlan.read', 'safetyPlan.renew'], on: 'given', subject: () => planSubjectNow() },
    request: none,
    params: () => ({ id: safetyFx.planId }),
  },

  'GET /api/v1/privacy/retention': { access: { rules: ['retention.run'], on: 'actor' }, request: none },
  'POST /api/v1/privacy/retention/run': { access: { rules: ['retention.run'], on: 'actor' }, request: none },
  'POST /api/v1/privacy/citizens/search': {
    access: { rules: ['citizen.search'], on: 'actor' },
    request: (f) => ({ payload: { caseNumber: f.caseNumber } }),
  },
  'GET /api/v1/privacy/citizens/:citizenId/export': {
    access: { rules: ['citizen.search', 'citizen.export'], on: 'record' },
    request: none,
  },
  'POST /api/v1/privacy/citizens/:citizenId/erasure': {
    access: { rules: ['citizen.search', 'citizen.erase'], on: 'record' },
    request: none,
  },

  // Surveys: the citizen's link is the key (public); the flags are the team lead's, the pulse staff's.
  'GET /api/v1/surveys/:token': {
    access: { public: true },
    request: none,
    params: () => ({ token: survey.token }),
  },
  'POST /api/v1/surveys/:token': {
    access: { public: true },
    request: () => ({ payload: { heard: 4, understood: 4, fair: 4, overall: 4, stillDisagree: false } }),
    params: () => ({ token: survey.token }),
  },
  'POST /api/v1/surveys/:token/opt-out': {
    access: { public: true },
    request: none,
    params: () => ({ token: survey.token }),
  },
  'GET /api/v1/survey-flags': { access: { rules: ['survey.flags'], on: 'actor' }, request: none },
  'POST /api/v1/survey-flags/:flagId/reopen': {
    access: { rules: ['survey.flags'], on: 'actor' },
    // The fixture's case is not closed: the workflow refuses (409) once the policy lets the request through.
    request: () => ({ payload: { reason: 'Borgeren er utilfreds.' } }),
    params: () => ({ flagId: survey.flagId }),
  },
  'POST /api/v1/survey-flags/:flagId/dismiss': {
    access: { rules: ['survey.flags'], on: 'actor' },
    request: () => ({ payload: { reason: 'Fulgt op ved telefonopkald.' } }),
    params: () => ({ flagId: survey.flagId }),
  },
  'GET /api/v1/pulse/status': { access: { rules: ['pulse.answer'], on: 'actor' }, request: none },
  'POST /api/v1/pulse/answers': {
    access: { rules: ['pulse.answer'], on: 'actor' },
    request: () => ({ payload: { wellbeing: 3, equipped: 3, workload: 3 } }),
  },
  'GET /api/v1/pulse/results': {
    access: { rules: ['pulse.results'], on: 'actor' },
    request: () => ({ query: 'from=2026-12&to=2026-12' }),
  },
  'POST /api/v1/decision-volumes/import': {
    access: { rules: ['decisions.import'], on: 'actor' },
    request: () => ({ payload: { csv: 'area;month;decisions\nveje;2026-11;100' } }),
  },
  'GET /api/v1/decision-volumes': {
    access: { rules: ['decisions.read'], on: 'actor' },
    request: () => ({ query: 'from=2026-11&to=2026-12' }),
  },
  // The front desk (reception): public booking, the booking's link, the kiosk and the display; staff run the queue.
  'GET /api/v1/kommuner/:kommunekode/service-types': { access: { public: true }, request: none },
  'GET /api/v1/kommuner/:kommunekode/booking-slots': {
    access: { public: true },
    request: () => ({ query: 'serviceType=borgerservice&from=2026-12-02&to=2026-12-02' }),
  },
  'POST /api/v1/kommuner/:kommunekode/bookings': {
    access: { public: true },
    request: () => ({
      payload: { slotId: desk.slotId, name: 'Neutral Booker', email: 'booker@eksempel.invalid' },
    }),
  },
  'GET /api/v1/bookings/:manageToken': {
    access: { public: true },
    request: none,
    params: () => ({ manageToken: desk.manageToken }),
  },
  'POST /api/v1/bookings/:manageToken/move': {
    access: { public: true },
    request: () => ({ payload: { slotId: desk.otherSlotId } }),
    params: () => ({ manageToken: desk.manageToken }),
  },
  'POST /api/v1/bookings/:manageToken/cancel': {
    access: { public: true },
    request: none,
    params: () => ({ manageToken: desk.manageToken }),
  },
  'POST /api/v1/kommuner/:kommunekode/check-in': {
    access: { public: true },
    request: () => ({ payload: { serviceType: 'borgerservice' } }),
  },
  'GET /api/v1/kommuner/:kommunekode/waiting-display': { access: { public: true }, request: none },
  'GET /api/v1/reception/queue': { access: { rules: ['reception.desk'], on: 'actor' }, request: none },
  'POST /api/v1/staff/check-in': {
    access: { rules: ['reception.desk'], on: 'actor' },
    request: () => ({ payload: { serviceType: 'borgerservice' } }),
  },
  'POST /api/v1/reception/call-next': {
    access: { rules: ['reception.desk'], on: 'actor' },
    request: () => ({ payload: { desk: 'Skranke 9' } }),
  },
  'POST /api/v1/reception/visits/:visitId/done': {
    access: { rules: ['reception.desk'], on: 'actor' },
    request: () => ({ payload: {} }),
    params: () => ({ visitId: desk.visitId }),
  },
  'GET /api/v1/reception/handovers': {
    access: { rules: ['reception.handovers'], on: 'actor' },
    request: none,
  },
  'POST /api/v1/reception/bookings': {
    access: { rules: ['reception.book'], on: 'actor' },
    request: () => ({ payload: { slotId: desk.slotId, name: 'Neutral Booker', phone: '55 66 77 99' } }),
  },
  'GET /api/v1/reception/bookings': {
    access: { rules: ['reception.desk'], on: 'actor' },
    request: () => ({ query: 'date=2026-12-02' }),
  },
  'GET /api/v1/reception/waiting-times': {
    access: { rules: ['reception.figures'], on: 'actor' },
    request: () => ({ query: 'from=2026-12-01&to=2026-12-01' }),
  },
  'GET /api/v1/cases/:caseNumber/meetings': { access: { rules: ['case.work'], on: 'case' }, request: none },
  // The front desk's administration: service types and opening hours, the administrator only.
  'GET /api/v1/reception/service-types': {
    access: { rules: ['reception.admin'], on: 'actor' },
    request: none,
  },
  'POST /api/v1/reception/service-types': {
    access: { rules: ['reception.admin'], on: 'actor' },
    request: () => ({ payload: { code: `matrix-${++adminSeq}`, ...serviceTypeSettings } }),
  },
  'PUT /api/v1/reception/service-types/:id': {
    access: { rules: ['reception.admin'], on: 'actor' },
    request: () => ({ payload: serviceTypeSettings }),
    params: () => ({ id: desk.serviceTypeId }),
  },
  'POST /api/v1/reception/service-types/:id/deactivate': {
    access: { rules: ['reception.admin'], on: 'actor' },
    request: none,
    params: () => ({ id: desk.serviceTypeId }),
  },
  'POST /api/v1/reception/service-types/:id/activate': {
    access: { rules: ['reception.admin'], on: 'actor' },
    request: none,
    params: () => ({ id: desk.serviceTypeId }),
  },

  // The administration: admin.open decides (admin.manage on the actor's own kommune asks the same role).
  'GET /api/v1/admin/users': { access: { rules: ['admin.open'], on: 'actor' }, request: none },
  'POST /api/v1/admin/users': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({
      payload: {
        name: 'Ny Medarbejder',
        email: `ny.medarbejder.${++adminSeq}@koege.demo`,
        role: 'analyst',
        password: 'et-langt-kodeord',
      },
    }),
  },
  'PATCH /api/v1/admin/users/:id': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { name: 'Reserve Medarbejder' } }),
    params: () => ({ id: admin.spareUserId }),
  },
  'POST /api/v1/admin/users/:id/deactivate': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: none,
    params: () => ({ id: admin.spareUserId }),
  },
  'POST /api/v1/admin/users/:id/activate': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: none,
    params: () => ({ id: admin.spareUserId }),
  },
  'PUT /api/v1/admin/users/:id/password': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { password: 'et-andet-langt-kodeord' } }),
    params: () => ({ id: admin.spareUserId }),
  },
  'GET /api/v1/admin/organisation': { access: { rules: ['admin.open'], on: 'actor' }, request: none },
  'POST /api/v1/admin/departments': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { name: `Ny forvaltning ${++adminSeq}` } }),
  },
  'PATCH /api/v1/admin/departments/:id': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { name: 'Reserveforvaltningen' } }),
    params: () => ({ id: admin.departmentId }),
  },
  'POST /api/v1/admin/teams': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { name: `Nyt team ${++adminSeq}`, departmentId: admin.departmentId } }),
  },
  'PATCH /api/v1/admin/teams/:id': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { name: 'Reserveteamet' } }),
    params: () => ({ id: admin.teamId }),
  },
  'POST /api/v1/admin/areas': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: areaPayload(`nyt-omraade-${++adminSeq}`, admin.departmentId) }),
  },
  'PATCH /api/v1/admin/areas/:id': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { name: 'Reserveområdet' } }),
    params: () => ({ id: admin.areaId }),
  },
  'GET /api/v1/admin/settings': { access: { rules: ['admin.open'], on: 'actor' }, request: none },
  'PUT /api/v1/admin/settings': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: admin.settings }),
  },
  'POST /api/v1/admin/closing-days': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { date: '2027-06-15' } }),
  },
  'DELETE /api/v1/admin/closing-days/:date': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: none,
    params: () => ({ date: admin.closingDay }),
  },
  'GET /api/v1/admin/contacts': { access: { rules: ['admin.open'], on: 'actor' }, request: none },
  'POST /api/v1/admin/contacts': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { departmentId: admin.departmentId, phone: '33 44 55 66' } }),
  },
  'PUT /api/v1/admin/contacts/:id': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: () => ({ payload: { phone: '33 44 55 77', openingHours: 'Man–fre kl. 9–12' } }),
    params: () => ({ id: admin.contactId }),
  },
  'DELETE /api/v1/admin/contacts/:id': {
    access: { rules: ['admin.open'], on: 'actor' },
    request: none,
    params: () => ({ id: admin.contactId }),
  },
  // The formal track. The own department's case is a maintained complaint (beforeAll), so the first allowed
  // cell of each step takes it (re-assessed, forwarded — its bundle then read — decided); later cells get 409.
  'PUT /api/v1/cases/:caseNumber/conversation/bundle': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { inBundle: true } }),
  },
  'PUT /api/v1/cases/:caseNumber/decision-facts': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { delivery: 'digital', properGuidance: true } }),
  },
  'POST /api/v1/cases/:caseNumber/late-decision': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { accepted: true, reason: 'En neutral begrundelse.' } }),
  },
  'POST /api/v1/cases/:caseNumber/reassessment': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { result: 'upheld', reasoning: 'En neutral begrundelse.' } }),
  },
  'POST /api/v1/cases/:caseNumber/forwarding': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: {} }),
  },
  'GET /api/v1/cases/:caseNumber/bundle.pdf': { access: { rules: ['case.work'], on: 'case' }, request: none },
  'POST /api/v1/cases/:caseNumber/appeal-result': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { result: 'upheld', decidedOn: '2026-12-01' } }),
  },
  'POST /api/v1/cases/:caseNumber/access-requests': {
    access: { rules: ['case.work'], on: 'case' },
    request: () => ({ payload: { note: 'En neutral anmodning.' } }),
  },
  'POST /api/v1/cases/:caseNumber/access-requests/:id/answered': {
    access: { rules: ['case.work'], on: 'case' },
    request: none,
    params: (f) => ({ id: accessRequestOf.get(f.caseId)! }),
    alreadyDone: 404, // answered by an earlier cell: no open request of that id
  },
  'GET /api/v1/appeals-bodies': { access: { rules: ['appealsBodies.read'], on: 'actor' }, request: none },
  'PUT /api/v1/appeals-bodies/:areaCode': {
    access: { rules: ['appealsBodies.manage'], on: 'actor' },
    request: () => ({ payload: { name: 'Ankestyrelsen' } }),
    params: () => ({ areaCode: 'hjaelpemidler' }),
  },

  // Learning: the redaction tool, learning cases, buddy feedback and the training register.
  'POST /api/v1/text/redact': {
    access: { rules: ['text.redact'], on: 'actor' },
    request: () => ({
      payload: { text: 'En neutral tekst uden personoplysninger.', names: ['Neutral Person'] },
    }),
  },
  'POST /api/v1/cases/:caseNumber/learning-case': {
    // Made from the fixture's closed twin (same kommune, department and primary contact); a second allowed
    // request on it is answered 409 (it already has a learning case).
    access: { rules: ['learning.write', 'case.read'], on: 'case' },
    request: none,
    params: (f) => ({ caseNumber: closedTwins.get(f.caseNumber)! }),
  },
  'GET /api/v1/learning/cases': {
    access: { rules: ['learning.read'], on: 'actor' },
    request: () => ({ query: 'q=samtale&technique=story' }),
  },
  'GET /api/v1/learning/drafts': { access: { rules: ['learning.write'], on: 'actor' }, request: none },
  'GET /api/v1/learning/cases/:id': {
    access: { rules: ['learning.view'], on: 'given', subject: () => learningSubject() },
    request: none,
    params: () => ({ id: learningFixture.learningCaseId }),
  },
  'PUT /api/v1/learning/cases/:id': {
    access: { rules: ['learning.edit'], on: 'given', subject: () => learningSubject() },
    request: () => ({
      payload: {
        version: 1,
        title: 'En neutral erfaringscase',
        happened: 'En neutral beskrivelse af forløbet.',
        worked: 'At lytte.',
        differently: '',
        techniques: ['story'],
        rootCause: null,
        outcome: 'resolved',
        kept: [],
        added: [],
      },
    }),
    params: () => ({ id: learningFixture.learningCaseId }),
  },
  'POST /api/v1/learning/cases/:id/publish': {
    access: { rules: ['learning.edit'], on: 'given', subject: () => learningSubject() },
    request: () => ({ payload: { version: 2, reviewed: true } }),
    params: () => ({ id: learningFixture.learningCaseId }),
  },
  'DELETE /api/v1/learning/cases/:id': {
    access: { rules: ['learning.edit'], on: 'given', subject: () => learningSubject() },
    request: none,
    params: () => ({ id: learningFixture.learningCaseId }),
  },
  'POST /api/v1/cases/:caseNumber/feedback-requests': {
    access: { rules: ['feedback.request', 'case.work'], on: 'case' },
    // A colleague who is not the actor: the team lead, or the caseworker when the actor is the team lead.
    request: (_f, actor) => ({
      payload: {
        reviewerId:
          actor?.role === 'team_lead' ? actors.get('caseworker')!.userId : actors.get('team_lead')!.userId,
      },
    }),
  },
  'GET /api/v1/feedback': { access: { rules: ['feedback.request'], on: 'actor' }, request: none },
  'GET /api/v1/feedback/:id': {
    access: { rules: ['feedback.view'], on: 'given', subject: () => feedbackSubject() },
    request: none,
    params: () => ({ id: learningFixture.feedbackId }),
  },
  'POST /api/v1/feedback/:id/answer': {
    access: { rules: ['feedback.answer'], on: 'given', subject: () => feedbackSubject() },
    request: () => ({ payload: { whatWorked: 'Du lyttede.', tryNext: 'Spørg tidligere.' } }),
    params: () => ({ id: learningFixture.feedbackId }),
    alreadyDone: 409,
  },
  'GET /api/v1/training': { access: { rules: ['training.read'], on: 'actor' }, request: none },
  // The register is kept by department: a team lead their own, the administrator the whole kommune.
  'POST /api/v1/training/courses': {
    access: { rules: ['training.manage', 'training.keep'], on: 'given', subject: async () => leadsPart() },
    request: () => ({
      payload: { title: 'Dialogforløb', departmentId: actors.get('team_lead')!.departmentId },
    }),
  },
  'DELETE /api/v1/training/courses/:id': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => coursePart(learningFixture.spareCourseId),
    },
    request: none,
    params: () => ({ id: learningFixture.spareCourseId }),
  },
  'POST /api/v1/training/sessions': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => coursePart(learningFixture.courseId),
    },
    request: () => ({
      payload: {
        courseId: learningFixture.courseId,
        kind: 'kickoff',
        title: 'Kick-off',
        heldOn: '2026-12-10',
      },
    }),
  },
  'PUT /api/v1/training/sessions/:id/participants': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => sessionPart(learningFixture.sessionId),
    },
    request: () => ({
      payload: { participants: [{ userId: actors.get('caseworker')!.userId, attended: true }] },
    }),
    params: () => ({ id: learningFixture.sessionId }),
  },
  'DELETE /api/v1/training/sessions/:id': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => sessionPart(learningFixture.spareSessionId),
    },
    request: none,
    params: () => ({ id: learningFixture.spareSessionId }),
  },
  'POST /api/v1/training/buddy-pairs': {
    access: { rules: ['training.manage', 'training.keep'], on: 'given', subject: async () => leadsPart() },
    request: () => ({
      payload: { userA: actors.get('caseworker')!.userId, userB: actors.get('team_lead')!.userId },
    }),
  },
  'DELETE /api/v1/training/buddy-pairs/:id': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => rowPart('buddy_pairs', learningFixture.pairId),
    },
    request: none,
    params: () => ({ id: learningFixture.pairId }),
  },
  'POST /api/v1/training/action-plans': {
    access: { rules: ['training.manage', 'training.keep'], on: 'given', subject: async () => leadsPart() },
    request: () => ({
      payload: { userId: actors.get('caseworker')!.userId, goal: 'Ring før brev', followUpOn: '2026-12-20' },
    }),
  },
  'POST /api/v1/training/action-plans/:id/follow-up': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => rowPart('action_plans', learningFixture.planId),
    },
    request: none,
    params: () => ({ id: learningFixture.planId }),
  },
  'DELETE /api/v1/training/action-plans/:id': {
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: () => rowPart('action_plans', learningFixture.planId),
    },
    request: none,
    params: () => ({ id: learningFixture.planId }),
  },
  'PUT /api/v1/training/settings': {
    // The introduction weeks are kommune-wide.
    access: {
      rules: ['training.manage', 'training.keep'],
      on: 'given',
      subject: async () => ({ kommuneId: '259', departmentId: null }),
    },
    request: () => ({ payload: { introductionWeeks: 6 } }),
  },
  'GET /api/v1/kommuner/:kommunekode/participation': { access: { public: true }, request: none },
  'GET /api/v1/kommuner/:kommunekode/participation/:processId': {
    access: { public: true },
    request: none,
    params: () => ({ processId: hearing.processId }),
  },
  'POST /api/v1/kommuner/:kommunekode/participation/:processId/contributions': {
    access: { public: true },
    request: () => ({ payload: { text: 'Et neutralt bidrag om stien.' } }),
    params: () => ({ processId: hearing.processId }),
  },
  'GET /api/v1/kommuner/:kommunekode/participation/:processId/contributions/:contributionId': {
    access: { public: true },
    request: none,
    params: () => ({ processId: hearing.processId, contributionId: hearing.imageContributionId }),
  },
  'GET /api/v1/kommuner/:kommunekode/participation/:processId/contributions/:contributionId/image': {
    access: { public: true },
    request: none,
    params: () => ({ processId: hearing.processId, contributionId: hearing.imageContributionId }),
  },
  'GET /api/v1/participation': { access: { rules: ['participation.manage'], on: 'actor' }, request: none },
  'GET /api/v1/participation/:processId/contributions/:contributionId/image': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: none,
    params: () => ({ processId: hearing.processId, contributionId: hearing.imageContributionId }),
  },
  'POST /api/v1/participation': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: () => ({ payload: hearingPayload() }),
  },
  'GET /api/v1/participation/options': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: none,
  },
  'PUT /api/v1/participation/:processId': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: () => ({ payload: hearingPayload() }),
    params: () => ({ processId: hearing.processId }),
  },
  'GET /api/v1/participation/:processId': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: none,
    params: () => ({ processId: hearing.processId }),
  },
  'POST /api/v1/participation/:processId/open': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: none,
    params: () => ({ processId: hearing.processId }),
  },
  'POST /api/v1/participation/:processId/contributions': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: () => ({ payload: { text: 'Fra mødet: et neutralt bidrag.' } }),
    params: () => ({ processId: hearing.processId }),
  },
  'POST /api/v1/participation/:processId/contributions/:contributionId/moderation': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: () => ({ payload: { decision: 'approved' } }),
    params: () => ({ processId: hearing.processId, contributionId: hearing.contributionId }),
  },
  'POST /api/v1/participation/:processId/groups': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: () => ({ payload: { title: 'Et tema', contributionIds: [] } }),
    params: () => ({ processId: hearing.processId }),
  },
  'POST /api/v1/participation/:processId/groups/:groupId/answer': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: () => ({ payload: { outcome: 'adopted', text: 'Det gør vi.' } }),
    params: () => ({ processId: hearing.processId, groupId: hearing.groupId }),
  },
  'POST /api/v1/participation/:processId/close': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: none,
    params: () => ({ processId: hearing.processId }),
  },
  'GET /api/v1/participation/:processId/export': {
    access: { rules: ['participation.manage'], on: 'actor' },
    request: none,
    params: () => ({ processId: hearing.processId }),
  },
};

/** An open aktindsigt request on each fixture's case, for the route that marks one answered. */
const accessRequestOf = new Map<string, string>();

let adminSeq = 0;
const neutralIncident = {
  occurredAt: '2026-11-30T10:00:00Z',
  place: 'reception',
  type: 'threat',
  severity: 'minor',
  description: 'En neutral hændelse ved skranken.',
};

/** An incident registered by the caseworker about the own department's citizen, and a plan on that case. */
interface SafetyFixture {
  incidentId: string;
  planId: string;
}
let safetyFx: SafetyFixture;
const incidentSubject = async () => {
  const [row] = await h.ctx.dbh.sql<{
    kommuneId: string;
    reportedBy: string;
    exposedStaff: string[] | string;
  }>(
    `SELECT kommune_id AS "kommuneId", reported_by AS "reportedBy", exposed_staff AS "exposedStaff"
       FROM incidents WHERE id = $1`,
    [safetyFx.incidentId],
  );
  return (
    row && {
      ...row,
      exposedStaff: typeof row.exposedStaff === 'string' ? JSON.parse(row.exposedStaff) : row.exposedStaff,
    }
  );
};
const planSubjectNow = async () => {
  const plan = await planById(h.ctx, '259', safetyFx.planId);
  return plan ? planSubject(plan) : undefined;
};

async function safetyFixture(): Promise<SafetyFixture> {
  const post = async (token: string, url: string, payload: Record<string, unknown>) => {
    const res = await h.app.inject({
      method: 'POST',
      url,
      remoteAddress: nextAddress(),
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
    return res.json() as { id: string };
  };
  const incident = await post(tokens.get('caseworker')!, '/api/v1/incidents', {
    ...neutralIncident,
    caseNumber: ownDepartment.caseNumber,
    absenceDays: 2,
  });
  const plan = await post(tokens.get('safety')!, `/api/v1/cases/${ownDepartment.caseNumber}/safety-plans`, {
    measures: ['second_staff', 'meet_in_reception'],
    reason: 'En neutral begrundelse for planen.',
  });
  return { incidentId: incident.id, planId: plan.id };
}
/** A letter in the development Digital Post outbox, made before the walk (its id is a path parameter). */
let devOutboxId = '';
/** A caught mail with a file attached in the dev mailbox (its id is a path parameter). */
let devMailboxId = '';

/** What the front desk's routes work on in Køge: a roomy slot, a booking and its link, a visit at a desk. */
interface DeskFixture {
  /** A service type of the matrix's own, so deactivating it leaves the others' as they are. */
  serviceTypeId: string;
  slotId: string;
  otherSlotId: string;
  manageToken: string;
  visitId: string;
}
let desk: DeskFixture;

async function deskFixture(): Promise<DeskFixture> {
  await seedReception(h.ctx);
  const slot = async (startsAt: string) => {
    const [row] = await h.ctx.dbh.sql<{ id: string }>(
      `INSERT INTO reception_slots (kommune_id, service_type_id, place, starts_at, ends_at, capacity)
       SELECT '259', id, 'Matrixlokalet', $1::timestamptz, $1::timestamptz + interval '15 minutes', 1000
         FROM reception_service_types WHERE kommune_id = '259' AND code = 'borgerservice' RETURNING id`,
      [startsAt],
    );
    return row!.id;
  };
  const slotId = await slot('2026-12-02T13:00:00Z');
  const otherSlotId = await slot('2026-12-02T13:30:00Z');
  const booked = await book(h.ctx, '259', {
    slotId,
    name: 'Neutral Booker',
    email: 'booker@eksempel.invalid',
    locale: 'da',
  });
  if (!booked.ok) throw new Error('the desk fixture could not book');
  const visit = await checkInWalkIn(h.ctx, '259', 'borgerservice');
  if (!visit.ok) throw new Error('the desk fixture could not check in');
  await h.ctx.dbh.sql('UPDATE reception_visits SET called_at = arrived_at, desk = $2 WHERE id = $1', [
    visit.visitId,
    'Skranke 8',
  ]);
  const [type] = await h.ctx.dbh.sql<{ id: string }>(
    `INSERT INTO reception_service_types (kommune_id, code, name, name_en, places)
     VALUES ('259', 'matrix-ydelse', 'Matrixydelse', 'Matrix service', '{Matrixskranken}') RETURNING id`,
  );
  return {
    serviceTypeId: type!.id,
    slotId,
    otherSlotId,
    manageToken: booked.manageToken,
    visitId: visit.visitId,
  };
}

const serviceTypeSettings = {
  name: 'Matrixydelse',
  nameEn: 'Matrix service',
  bring: '',
  bringEn: '',
  ticketPrefix: 'M',
  durationMinutes: 15,
  places: ['Matrixskranken'],
  capacity: 1,
  hours: [{ weekday: 1, opens: '09:00', closes: '10:00' }],
  reminderHours: 24,
  waitGoalMinutes: 15,
  bookableOnline: false,
};
const areaPayload = (code: string, departmentId: string) => ({
  code,
  name: `Område ${code}`,
  kleNumber: '05',
  departmentId,
  firstContactDays: 2,
  resolutionDays: 20,
  answerDays: 10,
});

let h: Harness;
let admin: AdminFixture;
let learningFixture: LearningFixture;
/** Each fixture's closed twin, by the fixture's case number. */
const closedTwins = new Map<string, string>();
let survey: SurveyFixture;

// A participation process in Køge with no department (open to every role that runs processes), one contribution
// whose contributor's contact details carry the marker, and one theme.
const hearingPayload = () => ({
  title: 'Stien langs åen',
  question: 'Hvor skal stien gå?',
  influence: 'Stiens forløb.',
  decided: 'Byrådet har besluttet stien.',
  channels: 'both',
  phases: [{ kind: 'hearing', startsOn: '2026-11-20', endsOn: '2027-01-10' }],
  hearingEndsOn: '2027-01-10',
});
let hearing: { processId: string; contributionId: string; groupId: string; imageContributionId: string };
// The smallest JPEG structure (JFIF, start of scan, end): the image routes serve it once approved.
const TINY_JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 7, 0x4a, 0x46, 0x49, 0x46, 0, 0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x12, 0xff,
  0xd9,
]).toString('base64');

async function hearingFixture(token: string) {
  const call = async (url: string, payload?: Record<string, unknown>) => {
    const res = await h.app.inject({
      method: 'POST',
      url,
      remoteAddress: nextAddress(),
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json() as { id: string };
  };
  const p = await call('/api/v1/participation', hearingPayload());
  await call(`/api/v1/participation/${p.id}/open`);
  const c = await call(`/api/v1/participation/${p.id}/contributions`, {
    text: 'Et bidrag med kontakt.',
    name: `Bidrag ${MARK}`,
    email: `${MARK}@eksempel.invalid`,
  });
  const g = await call(`/api/v1/participation/${p.id}/groups`, { title: 'Tema', contributionIds: [] });
  const i = await call(`/api/v1/kommuner/259/participation/${p.id}/contributions`, {
    text: 'Et bidrag med billede.',
    image: TINY_JPEG,
  });
  await call(`/api/v1/participation/${p.id}/contributions/${i.id}/moderation`, { decision: 'approved' });
  return { processId: p.id, contributionId: c.id, groupId: g.id, imageContributionId: i.id };
}
const logLines: string[] = [];
const actors = new Map<Role, Actor & { email: string }>();
const tokens = new Map<Role, string>();
let ownDepartment: Fixture; // Velfærdsforvaltningen, where the case-working demo users sit
let otherDepartment: Fixture; // Teknik- og Miljøforvaltningen
const primaryContactOf = new Map<Role, Fixture>(); // Teknik og Miljø, the role's user as primary contact
let otherKommune: Fixture; // Rudersdal, Velfærdsforvaltningen

let addressSeq = 0;
/** A fresh client address per request: no rate limit is hit, and the audit row of this request is found. */
const nextAddress = () => {
  addressSeq++;
  return `10.${(addressSeq >> 16) & 255}.${(addressSeq >> 8) & 255}.${addressSeq & 255}`;
};

async function tokenFor(email: string): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/token',
    remoteAddress: nextAddress(),
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { token: string }).token;
}

/** A Bearer token of the role's user. The staff login refuses a citizen account: its session is made directly. */
async function sessionOf(actor: Actor & { email: string }): Promise<string> {
  if (actor.role !== 'citizen') return tokenFor(actor.email);
  const session = await createSession(h.ctx, { id: actor.userId, kommuneId: actor.kommuneId }, 'bearer');
  return session.token;
}

async function fixture(
  registrar: string,
  label: string,
  area: string,
  cpr: string | null,
  primaryContactId: string | null,
  mark = MARK,
): Promise<Fixture> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/staff/cases',
    remoteAddress: nextAddress(),
    headers: { authorization: `Bearer ${registrar}` },
    payload: {
      kind: 'complaint',
      area,
      channel: 'phone',
      decisionDate: '2026-11-20',
      description: `Borgeren ${mark} klager over afgørelsen.`,
      name: `${mark[0]!.toUpperCase()}${mark.slice(1)} ${label}`,
      email: `${mark}.${label.toLowerCase()}@eksempel.invalid`,
      phone: `4${String(addressSeq).padStart(7, '0')}`,
      ...(cpr ? { cpr } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { caseNumber, trackingToken } = res.json() as { caseNumber: string; trackingToken: string };
  const sql = h.ctx.dbh.sql.bind(h.ctx.dbh);
  const [c] = await sql<{ id: string; citizen_id: string; kommune_id: string }>(
    'SELECT id, citizen_id, kommune_id FROM cases WHERE number = $1',
    [caseNumber],
  );
  await sql('UPDATE citizens SET primary_contact_id = $2 WHERE id = $1', [c!.citizen_id, primaryContactId]);
  const [a] = await sql<{ id: string }>(
    `INSERT INTO agreements (kommune_id, case_id, what, owner_type, due_on)
     VALUES ($1, $2, $3, 'citizen', '2026-12-15') RETURNING id`,
    [c!.kommune_id, c!.id, `Borgeren ${mark} sender lægeerklæringen.`],
  );
  await sql(
    `INSERT INTO conversations (kommune_id, case_id, started_at, updated_at, current_phase, notes)
     VALUES ($1, $2, now(), now(), 'story', $3::jsonb)`,
    [c!.kommune_id, c!.id, JSON.stringify({ story: `Borgeren ${mark} fortalte om sin ryg.` })],
  );
  await sql(
    `INSERT INTO contact_attempts (kommune_id, case_id, at, channel, result, note)
     VALUES ($1, $2, now(), 'phone', 'reached', $3)`,
    [c!.kommune_id, c!.id, `Talte med ${mark} om sagen.`],
  );
  // The receipt could not be delivered: it shows on the admin's list of undelivered messages.
  const [o] = await sql<{ id: string }>(
    `UPDATE outbox SET attempts = 3, last_error = 'mailbox full' WHERE case_id = $1 RETURNING id`,
    [c!.id],
  );
  return {
    caseNumber,
    caseId: c!.id,
    citizenId: c!.citizen_id,
    agreementId: a!.id,
    trackingToken,
    outboxId: o!.id,
  };
}

/** The administration's records in Køge, made through its own API by the admin. */
async function adminFixture(token: string): Promise<AdminFixture> {
  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => {
    const res = await h.app.inject({
      method,
      url,
      remoteAddress: nextAddress(),
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json() as T;
  };
  const spare = await call<{ id: string }>('POST', '/api/v1/admin/users', {
    name: 'Reserve Bruger',
    email: 'reserve.bruger@koege.demo',
    role: 'analyst',
    password: 'et-langt-kodeord',
  });
  const department = await call<{ id: string }>('POST', '/api/v1/admin/departments', {
    name: 'Matrixforvaltningen',
  });
  const team = await call<{ id: string }>('POST', '/api/v1/admin/teams', {
    name: 'Matrixteamet',
    departmentId: department.id,
  });
  const area = await call<{ id: string }>('POST', '/api/v1/admin/areas', {
    ...areaPayload('matrix-omraade', department.id),
  });
  const contact = await call<{ id: string }>('POST', '/api/v1/admin/contacts', {
    areaId: area.id,
    phone: '33 44 55 88',
  });
  const closingDay = '2027-06-16';
  await call('POST', '/api/v1/admin/closing-days', { date: closingDay });
  const settings = await call<Record<string, unknown>>('GET', '/api/v1/admin/settings');
  return {
    spareUserId: spare.id,
    departmentId: department.id,
    teamId: team.id,
    areaId: area.id,
    contactId: contact.id,
    closingDay,
    settings: {
      name: settings.name,
      accessibilityUrl: settings.accessibilityUrl,
      closedMonthDays: settings.closedMonthDays,
      delayNoticeDays: settings.delayNoticeDays,
      retentionYears: settings.retentionYears,
      retentionMonths: settings.retentionMonths,
    },
  };
}

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  h = await startHarness({}, { logStream });
  const citizen = await citizenSession(h);
  for (const role of ROLES) {
    const email = role === 'citizen' ? citizen.email : `${role}@koege.demo`;
    const [u] = await h.ctx.dbh.sql<{ id: string; department_id: string | null; team_id: string | null }>(
      'SELECT id, department_id, team_id FROM users WHERE email = $1',
      [email],
    );
    const actor = {
      email,
      userId: u!.id,
      kommuneId: '259',
      role,
      departmentId: u!.department_id,
      teamId: u!.team_id,
    };
    actors.set(role, actor);
    tokens.set(role, await sessionOf(actor));
  }
  const reception = tokens.get('reception')!;
  ownDepartment = await fixture(reception, 'Velfaerd', 'hjaelpemidler', CPRS[0]!, null);
  otherDepartment = await fixture(reception, 'Teknik', 'veje', CPRS[1]!, null);
  for (const [i, role] of ROLES.entries()) {
    const label = `Kontakt${'abcdefg'[i]}`;
    primaryContactOf.set(role, await fixture(reception, label, 'veje', null, actors.get(role)!.userId));
  }
  const rudersdal = await tokenFor('reception@rudersdal.demo');
  otherKommune = await fixture(rudersdal, 'Rudersdal', 'hjaelpemidler', CPRS[2]!, null, OTHER_KOMMUNE_MARK);
  admin = await adminFixture(tokens.get('admin')!);
  // The own department's complaint is maintained: the formal track's steps have a case to work on.
  await h.ctx.dbh.sql(
    "UPDATE cases SET state = 'maintained', reassessment_due = '2026-12-29' WHERE id = $1",
    [ownDepartment.caseId],
  );
  for (const f of [ownDepartment, otherDepartment, ...primaryContactOf.values(), otherKommune]) {
    const [r] = await h.ctx.dbh.sql<{ id: string }>(
      `INSERT INTO access_requests (kommune_id, case_id, received_on, due_on)
       SELECT kommune_id, id, '2026-12-01', '2026-12-10' FROM cases WHERE id = $1 RETURNING id`,
      [f.caseId],
    );
    accessRequestOf.set(f.caseId, r!.id);
  }
  safetyFx = await safetyFixture();
  devOutboxId = await devOutboxFixture(otherDepartment);
  [{ id: devMailboxId }] = (await h.ctx.dbh.sql<{ id: string }>(
    `INSERT INTO dev_mailbox (kommune_id, channel, recipient, subject, body, attachments)
     VALUES ('259', 'mail', 'matrix@eksempel.invalid', 'Om din sag', 'Et brev.',
       '[{"filename":"brev.pdf","contentType":"application/pdf","size":5,"sha256":"x","contentBase64":"JVBERi0="}]'::jsonb)
     RETURNING id`,
  )) as [{ id: string }];
  learningFixture = await learningFixtures(ownDepartment);
  const close = async (f: Fixture, twin: Fixture) => {
    await h.ctx.dbh.sql("UPDATE cases SET state = 'closed', closed_at = now() WHERE id = $1", [twin.caseId]);
    closedTwins.set(f.caseNumber, twin.caseNumber);
  };
  await close(ownDepartment, await fixture(reception, 'VelfaerdLukket', 'hjaelpemidler', null, null));
  await close(otherDepartment, await fixture(reception, 'TeknikLukket', 'veje', null, null));
  for (const [i, role] of ROLES.entries())
    await close(
      primaryContactOf.get(role)!,
      await fixture(reception, `Lukket${'abcdefg'[i]}`, 'veje', null, actors.get(role)!.userId),
    );
  await close(
    otherKommune,
    await fixture(rudersdal, 'RudersdalLukket', 'hjaelpemidler', null, null, OTHER_KOMMUNE_MARK),
  );
  survey = await surveyFixture(h, ownDepartment.caseId);
  hearing = await hearingFixture(tokens.get('admin')!);
  desk = await deskFixture();
}, 600_000);

/** A sent letter on the case (not one the walk writes letters on), as the development Digital Post transport recorded it. */
async function devOutboxFixture(f: Fixture): Promise<string> {
  const sql = h.ctx.dbh.sql.bind(h.ctx.dbh);
  const [l] = await sql<{ id: string }>(
    `INSERT INTO letters (kommune_id, case_id, number, kind, title, sections, status, sent_at)
     VALUES ('259', $1, 1000, 'general', 'Om din sag', '[]'::jsonb, 'sent', now()) RETURNING id`,
    [f.caseId],
  );
  const [o] = await sql<{ id: string }>(
    `INSERT INTO digital_post_dev_outbox (kommune_id, case_id, letter_id, recipient_name, subject, pdf, at)
     VALUES ('259', $1, $2, $3, 'Om din sag', 'JVBERi0=', now()) RETURNING id`,
    [f.caseId, l!.id, `${MARK[0]!.toUpperCase()}${MARK.slice(1)} Velfaerd`],
  );
  return o!.id;
}

/** A draft learning case by the caseworker, a feedback request of theirs to the team lead, training courses and sessions. */
async function learningFixtures(f: Fixture): Promise<LearningFixture> {
  const sql = h.ctx.dbh.sql.bind(h.ctx.dbh);
  const cw = actors.get('caseworker')!;
  const lead = actors.get('team_lead')!;
  const [l] = await sql<{ id: string }>(
    `INSERT INTO learning_cases (kommune_id, department_id, author_id, title, happened, techniques)
     VALUES ('259', $1, $2, 'Neutral kladde', 'En neutral kladde.', '{story}') RETURNING id`,
    [cw.departmentId, cw.userId],
  );
  const [fb] = await sql<{ id: string }>(
    `INSERT INTO feedback_requests (kommune_id, case_id, requester_id, reviewer_id) VALUES ('259', $1, $2, $3)
     RETURNING id`,
    [f.caseId, cw.userId, lead.userId],
  );
  const course = async () =>
    (
      await sql<{ id: string }>(
        `INSERT INTO training_courses (kommune_id, department_id, title) VALUES ('259', $1, 'Forløb') RETURNING id`,
        [lead.departmentId],
      )
    )[0]!.id;
  const courseId = await course();
  const session = async () =>
    (
      await sql<{ id: string }>(
        `INSERT INTO training_sessions (kommune_id, course_id, department_id, kind, title, held_on)
         VALUES ('259', $1, $2, 'training_day', 'Dag 1', '2026-12-03') RETURNING id`,
        [courseId, lead.departmentId],
      )
    )[0]!.id;
  const [pair] = await sql<{ id: string }>(
    "INSERT INTO buddy_pairs (kommune_id, user_a, user_b) VALUES ('259', $1, $2) RETURNING id",
    [cw.userId, lead.userId],
  );
  const [plan] = await sql<{ id: string }>(
    `INSERT INTO action_plans (kommune_id, user_id, goal, follow_up_on) VALUES ('259', $1, 'Lyt først', '2026-12-20')
     RETURNING id`,
    [cw.userId],
  );
  return {
    learningCaseId: l!.id,
    feedbackId: fb!.id,
    courseId,
    spareCourseId: await course(),
    sessionId: await session(),
    spareSessionId: await session(),
    pairId: pair!.id,
    planId: plan!.id,
  };
}

/** The team lead's department's part of the training register. */
const leadsPart = () => ({ kommuneId: '259', departmentId: actors.get('team_lead')!.departmentId });
const NOBODYS_PART = { kommuneId: 'none', departmentId: null };
/** A session's part of the register as it is now; gone (deleted by an earlier cell) is nobody's. */
async function sessionPart(id: string) {
  const [row] = await h.ctx.dbh.sql<{ kommuneId: string; departmentId: string | null }>(
    'SELECT kommune_id AS "kommuneId", department_id AS "departmentId" FROM training_sessions WHERE id = $1',
    [id],
  );
  return row ?? NOBODYS_PART;
}
/** A course's part of the register as it is now; gone (deleted by an earlier cell) is nobody's. */
async function coursePart(id: string) {
  const [row] = await h.ctx.dbh.sql<{ kommuneId: string; departmentId: string | null }>(
    'SELECT kommune_id AS "kommuneId", department_id AS "departmentId" FROM training_courses WHERE id = $1',
    [id],
  );
  return row ?? NOBODYS_PART;
}
/** A pair's or plan's part: the department of its (first) colleague; gone is nobody's. */
async function rowPart(table: 'buddy_pairs' | 'action_plans', id: string) {
  const user = table === 'buddy_pairs' ? 'user_a' : 'user_id';
  const [row] = await h.ctx.dbh.sql<{ kommuneId: string; departmentId: string | null }>(
    `SELECT t.kommune_id AS "kommuneId", u.department_id AS "departmentId"
       FROM ${table} t JOIN users u ON u.id = t.${user} WHERE t.id = $1`,
    [id],
  );
  return row ?? NOBODYS_PART;
}

/** The learning case and feedback request as they are now; gone (a draft discarded by an earlier cell) is nobody's. */
async function learningSubject() {
  const [row] = await h.ctx.dbh.sql<{ kommuneId: string; authorId: string; status: string }>(
    'SELECT kommune_id AS "kommuneId", author_id AS "authorId", status FROM learning_cases WHERE id = $1',
    [learningFixture.learningCaseId],
  );
  return row ?? { kommuneId: 'none', authorId: 'none', status: 'draft' };
}
async function feedbackSubject() {
  const [row] = await h.ctx.dbh.sql<{ kommuneId: string; requesterId: string; reviewerId: string }>(
    `SELECT kommune_id AS "kommuneId", requester_id AS "requesterId", reviewer_id AS "reviewerId"
       FROM feedback_requests WHERE id = $1`,
    [learningFixture.feedbackId],
  );
  return row ?? { kommuneId: 'none', requesterId: 'none', reviewerId: 'none' };
}
afterAll(() => h.close());

/** The subject of a cell, read from the database now: earlier cells may have moved the case or its contact. */
async function subjectOf(f: Fixture) {
  const [row] = await h.ctx.dbh.sql<{
    kommune_id: string;
    department_id: string;
    primary_contact_id: string | null;
  }>(
    `SELECT c.kommune_id, c.department_id, ci.primary_contact_id
       FROM cases c JOIN citizens ci ON ci.id = c.citizen_id WHERE c.id = $1`,
    [f.caseId],
  );
  const aCase = {
    kommuneId: row!.kommune_id,
    departmentId: row!.department_id,
    primaryContactId: row!.primary_contact_id,
  };
  return {
    case: aCase,
    citizen: { primaryContactId: aCase.primaryContactId, cases: [aCase] },
    record: { kommuneId: aCase.kommuneId },
  };
}

const ask = can as (actor: Actor | null, action: Action, subject?: unknown) => boolean;

async function expected(access: Access, actor: Actor | null, f: Fixture): Promise<boolean> {
  if ('public' in access) return true;
  if ('signedIn' in access) return actor !== null;
  if (access.on === 'given') {
    const given = await access.subject();
    return access.rules.every((rule) => ask(actor, rule, given));
  }
  const subject = access.on === 'actor' ? undefined : (await subjectOf(f))[access.on];
  // A rule on the actor alone (case.list before case.read) ignores the subject it is given.
  return access.rules.every((rule) => ask(actor, rule, subject));
}

function fillUrl(url: string, entry: Entry, f: Fixture, kommunekode: string): string {
  let filled = url;
  for (const [name, value] of Object.entries(entry.params?.(f) ?? {}))
    filled = filled.replace(`:${name}`, encodeURIComponent(value));
  filled = filled
    .replace(':caseNumber', f.caseNumber)
    .replace(':agreementId', f.agreementId)
    .replace(':citizenId', f.citizenId)
    .replace(':kommunekode', kommunekode)
    .replace(':token', f.trackingToken);
  // A parameter left over would be sent as a literal ':name' and answered 400 or 404 for the wrong reason.
  expect(filled, `${url}: a path parameter without a value`).not.toMatch(/\/:/);
  return filled;
}

interface Cell {
  route: string;
  role: Role | 'anonymous';
  relation: Relation | 'n/a';
  fixture: Fixture;
}

function cellsOf(route: string, entry: Entry): Cell[] {
  const onSubject =
    !('public' in entry.access) &&
    !('signedIn' in entry.access) &&
    entry.access.on !== 'actor' &&
    entry.access.on !== 'given';
  const cells: Cell[] = [{ route, role: 'anonymous', relation: 'n/a', fixture: ownDepartment }];
  for (const role of ROLES) {
    if (!onSubject) {
      cells.push({ route, role, relation: 'n/a', fixture: ownDepartment });
      continue;
    }
    for (const relation of RELATIONS) {
      // "Own department" means nothing for a role without one (reception, safety, analyst, admin, citizen).
      if (relation === 'own department' && !actors.get(role)!.departmentId) continue;
      const f =
        relation === 'own department'
          ? ownDepartment
          : relation === 'other department'
            ? otherDepartment
            : relation === 'primary contact'
              ? primaryContactOf.get(role)!
              : otherKommune;
      cells.push({ route, role, relation, fixture: f });
    }
  }
  return cells;
}

const SUCCESS = new Set([200, 201, 202, 204]);
// An allowed request may still be refused by the workflow (a case already taken, settled, or moved on by an
// earlier cell): 409 says the policy let it through.
const ALLOWED = new Set([...SUCCESS, 409]);
const DENIED = new Set([403, 404]);

interface Walked {
  cells: number;
  personalAnswers: Map<string, number>; // route -> 2xx answers walked
  mismatches: string[];
  unaudited: string[];
  undeclared: string[];
  leaks: string[];
}

const walked: Walked = {
  cells: 0,
  personalAnswers: new Map(),
  mismatches: [],
  unaudited: [],
  undeclared: [],
  leaks: [],
};

describe('the route table', () => {
  it('has a matrix entry for every /api/v1 route, and no entry for a route that is gone', () => {
    const registered = apiRoutes(h.app).map((r) => `${r.method} ${r.url}`);
    expect(registered.length).toBeGreaterThan(30);
    expect(registered.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !registered.includes(r))).toEqual([]);
  });
});

describe('role × route × relation', () => {
  it('answers every cell as can() decides, audits every personal-data answer, and leaks nothing', async () => {
    const declared = new Map(apiRoutes(h.app).map((r) => [`${r.method} ${r.url}`, r.personalData]));
    for (const [route, entry] of Object.entries(MATRIX)) {
      const [method, url] = route.split(' ') as [string, string];
      for (const cell of cellsOf(route, entry)) {
        const actor = cell.role === 'anonymous' ? null : actors.get(cell.role)!;
        const token = actor && (entry.endsSession ? await sessionOf(actor) : tokens.get(cell.role as Role));
        const allowed = await expected(entry.access, actor, cell.fixture);
        const { query, payload } = entry.request(cell.fixture, actor);
        const kommunekode = cell.relation === 'other kommune' ? '230' : '259';
        const address = nextAddress();
        const res = await h.app.inject({
          method: method as 'GET',
          url: fillUrl(url, entry, cell.fixture, kommunekode) + (query ? `?${query}` : ''),
          remoteAddress: address,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        });
        walked.cells++;
        const name = `${cell.role} × ${route} × ${cell.relation}: ${res.statusCode}`;
        const refused = cell.role === 'anonymous' ? new Set([401]) : DENIED;
        const ok = ALLOWED.has(res.statusCode) || res.statusCode === entry.alreadyDone;
        if (allowed ? !ok : !refused.has(res.statusCode))
          walked.mismatches.push(
            `${name}, expected ${allowed ? 'allowed' : 'refused'} ${res.body.slice(0, 120)}`,
          );

        const body = res.body.toLowerCase();
        for (const cpr of CPRS)
          if (res.body.includes(cpr) || res.body.includes(`${cpr.slice(0, 6)}-${cpr.slice(6)}`))
            walked.leaks.push(`${name}: CPR in clear`);
        if (cell.relation !== 'other kommune' && body.includes(OTHER_KOMMUNE_MARK))
          walked.leaks.push(`${name}: another kommune's data`);
        if (!SUCCESS.has(res.statusCode)) {
          if (body.includes(MARK) || body.includes(OTHER_KOMMUNE_MARK))
            walked.leaks.push(`${name}: data in a refusal`);
          continue;
        }
        const personal = declared.get(route) === true;
        const carries = body.includes(MARK) || body.includes(OTHER_KOMMUNE_MARK);
        if (carries && !personal) walked.undeclared.push(name);
        if (personal || carries) {
          walked.personalAnswers.set(route, (walked.personalAnswers.get(route) ?? 0) + 1);
          const rows = await h.ctx.dbh.sql<{
            user_id: string;
            at: Date;
            purpose: string;
            subject_type: string;
          }>('SELECT user_id, at, purpose, subject_type FROM audit_log WHERE ip = $1', [address]);
          // A public route is the citizen's own look-up (a tracking link): logged without a user, even when
          // a staff token comes along; any other route is logged as the signed-in actor's read.
          const who = 'public' in entry.access ? null : (actor?.userId ?? null);
          const good = rows.some(
            (r) =>
              (r.user_id ?? null) === who && r.at && r.purpose.trim() !== '' && r.subject_type.trim() !== '',
          );
          if (!good) walked.unaudited.push(name);
        }
      }
    }
    const { mismatches, undeclared, unaudited, leaks } = walked;
    expect({ mismatches, undeclared, unaudited, leaks }).toEqual({
      mismatches: [],
      undeclared: [],
      unaudited: [],
      leaks: [],
    });
    expect(walked.cells).toBeGreaterThan(400);
  }, 300_000);

  it('walked an audited answer of every route that declares personal data', () => {
    const personal = apiRoutes(h.app)
      .filter((r) => r.personalData)
      .map((r) => `${r.method} ${r.url}`);
    expect(personal.length).toBeGreaterThanOrEqual(8);
    expect(personal.filter((r) => !walked.personalAnswers.get(r))).toEqual([]);
  });
});

describe('CPR never in clear', () => {
  it('is in no table and no log line after the walk', async () => {
    const tables = await h.ctx.dbh.sql<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const found: string[] = [];
    for (const t of tables) {
      const rows = await h.ctx.dbh.sql(`SELECT x::text AS row FROM "${t.schema}"."${t.name}" x`);
      const text = JSON.stringify(rows);
      for (const cpr of CPRS)
        if (text.includes(cpr) || text.includes(`${cpr.slice(0, 6)}-${cpr.slice(6)}`))
          found.push(`${t.name}`);
    }
    expect(found).toEqual([]);
    const log = logLines.join('');
    expect(log.length).toBeGreaterThan(10_000);
    for (const cpr of CPRS) expect(log).not.toContain(cpr);
    // The registrations really carried CPR: stored sealed, with a keyed hash.
    const [n] = await h.ctx.dbh.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM citizens WHERE cpr_encrypted IS NOT NULL AND cpr_hash IS NOT NULL',
    );
    expect(Number(n!.n)).toBeGreaterThanOrEqual(3);
  });
});
