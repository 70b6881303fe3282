// The database schema. Every table carries kommune_id (the tenant, a 3-digit kommunekode).
// Migrations in /drizzle are generated from this file with `npm run db:generate` and committed.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const kommuneId = () => text('kommune_id').notNull();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** kommune — the tenant itself; kommune_id is its kommunekode. */
export const kommuner = pgTable('kommuner', {
  kommuneId: text('kommune_id').primaryKey(),
  name: text('name').notNull(),
  accessibilityUrl: text('accessibility_url').notNull(), // tilgængelighedserklæring
  closedMonthDays: jsonb('closed_month_days').$type<string[]>().notNull(),
  closedDates: jsonb('closed_dates').$type<string[]>().notNull().default([]),
  delayNoticeDays: smallint('delay_notice_days').notNull().default(10),
  retentionYears: smallint('retention_years').notNull().default(5),
  dpoEmail: text('dpo_email'), // databeskyttelsesrådgiver, named in the form's GDPR art. 13 information
  createdAt: createdAt(),
});

/** forvaltning */
export const departments = pgTable('departments', {
  id: id(),
  kommuneId: kommuneId(),
  name: text('name').notNull(),
  methodStartedOn: date('method_started_on'), // when the department started dialogue-first handling
  createdAt: createdAt(),
});

export const teams = pgTable('teams', {
  id: id(),
  kommuneId: kommuneId(),
  departmentId: uuid('department_id')
    .notNull()
    .references(() => departments.id),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/** fagområde, classified by KLE; carries the service goals (servicemål). */
export const areas = pgTable(
  'areas',
  {
    id: id(),
    kommuneId: kommuneId(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    code: text('code').notNull(), // stable slug used in forms and the API
    name: text('name').notNull(),
    kleNumber: text('kle_number').notNull(), // HH.GG(.EE)
    firstContactDays: smallint('first_contact_days').notNull().default(2),
    resolutionDays: smallint('resolution_days').notNull().default(20),
    answerDays: smallint('answer_days').notNull().default(10),
    public: boolean('public').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('areas_kommune_code').on(t.kommuneId, t.code)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    kommuneId: kommuneId(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash'), // null for SSO-only users
    departmentId: uuid('department_id').references(() => departments.id),
    teamId: uuid('team_id').references(() => teams.id),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email').on(t.email)],
);

/** Server-side sessions (cookie) and API tokens (Bearer); only a hash of the secret is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    kommuneId: kommuneId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(), // 'cookie' | 'bearer'
    csrfToken: text('csrf_token'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** borger — contact details; CPR only encrypted with a keyed hash for look-up. */
export const citizens = pgTable(
  'citizens',
  {
    id: id(),
    kommuneId: kommuneId(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    cprEncrypted: text('cpr_encrypted'),
    cprHash: text('cpr_hash'),
    supportNeeds: jsonb('support_needs').$type<Record<string, unknown>>().notNull().default({}),
    primaryContactId: uuid('primary_contact_id').references(() => users.id), // primær kontaktperson
    contactVerified: boolean('contact_verified').notNull().default(false), // staff confirmed phone/e-mail
    createdAt: createdAt(),
  },
  (t) => [
    index('citizens_cpr_hash').on(t.kommuneId, t.cprHash),
    index('citizens_phone').on(t.kommuneId, t.phone),
    index('citizens_email').on(t.kommuneId, t.email),
    // The queue's "my primary-contact citizens" part (few rows: only citizens with one are in it).
    index('citizens_primary_contact').on(t.primaryContactId).where(sql`primary_contact_id IS NOT NULL`),
  ],
);

/** sag */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    kommuneId: kommuneId(),
    number: text('number').notNull(), // 259-2026-000123
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    channel: text('channel').notNull(), // web | phone | desk | mail | api
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    teamId: uuid('team_id').references(() => teams.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    description: text('description').notNull(),
    decisionDate: date('decision_date'),
    decisionReference: text('decision_reference'),
    preferredContactTime: text('preferred_contact_time'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on').notNull(),
    firstContactDue: date('first_contact_due').notNull(),
    firstContactMetOn: date('first_contact_met_on'),
    reassessmentDue: date('reassessment_due'), // genvurdering deadline, set when the formal track opens
    rootCause: text('root_cause'), // primary root cause, copied from the conversation for statistics
    trackingTokenHash: text('tracking_token_hash').notNull(),
    idempotencyKey: text('idempotency_key'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number').on(t.kommuneId, t.number),
    uniqueIndex('cases_tracking').on(t.trackingTokenHash),
    uniqueIndex('cases_idempotency').on(t.kommuneId, t.idempotencyKey),
    index('cases_queue').on(t.kommuneId, t.departmentId, t.state, t.firstContactDue),
    // The staff queue's default view: open cases in deadline order, read without sorting or touching closed ones.
    index('cases_open_queue')
      .on(t.kommuneId, t.firstContactDue, t.receivedAt, t.number)
      .where(sql`state <> 'closed'`),
    // The queue's total, counted from the index alone: every column a queue filter uses is in it.
    index('cases_open_department')
      .on(t.kommuneId, t.departmentId, t.areaId, t.teamId, t.assigneeId, t.state)
      .where(sql`state <> 'closed'`),
    index('cases_citizen').on(t.citizenId),
    index('cases_search').using('gin', sql`to_tsvector('danish', ${t.description})`),
  ],
);

/** Per kommune and year, the last case sequence number handed out. */
export const caseCounters = pgTable(
  'case_counters',
  {
    kommuneId: kommuneId(),
    year: smallint('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.year] })],
);

/** The case timeline: every event, in order, with who and when. `public` events show on the tracking page. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    seq: bigserial('seq', { mode: 'number' }).notNull(), // insertion order, for events of the same instant
    public: boolean('public').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case').on(t.caseId, t.at, t.seq)],
);

/** Log of personal-data use: who, when, what, which case, why. Kept at least 6 months. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    kommuneId: kommuneId(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    action: text('action').notNull(), // read | create | update | search | export
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    caseId: uuid('case_id'),
    citizenId: uuid('citizen_id'),
    purpose: text('purpose').notNull(),
    ip: text('ip'),
  },
  (t) => [index('audit_case').on(t.caseId), index('audit_citizen').on(t.citizenId)],
);

/** Transactional outbox: written in the same transaction as the change that causes the message. */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    kommuneId: kommuneId(),
    channel: text('channel').notNull(), // mail | sms
    recipient: text('recipient').notNull(),
    template: text('template').notNull(), // rendered when sent, in `locale`
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    locale: text('locale').notNull().default('da'),
    caseId: uuid('case_id'),
    createdAt: createdAt(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }), // handed to the job queue
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_pending').on(t.dispatchedAt).where(sql`dispatched_at IS NULL`)],
);

/** Where mail and SMS land when no SMTP/SMS provider is configured (dev mailbox, visible to admins). */
export const devMailbox = pgTable('dev_mailbox', {
  id: id(),
  kommuneId: kommuneId(),
  outboxId: uuid('outbox_id'),
  channel: text('channel').notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject'),
  body: text('body').notNull(),
  createdAt: createdAt(),
});

/** kontaktforsøg — each attempt to reach the citizen. The method: call first, write second. */
export const contactAttempts = pgTable(
  'contact_attempts',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(), // phone | sms | email | letter | in_person
    result: text('result').notNull(), // reached | no_answer | voicemail | sent
    note: text('note'),
    letterReason: text('letter_reason'), // why a letter came before a call
  },
  (t) => [index('contact_attempts_case').on(t.caseId, t.at)],
);

/** samtale — the conversation guide's notes per mediation phase; the notatpligt record of the call. */
export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    actorId: uuid('actor_id').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    durationSeconds: integer('duration_seconds').notNull().default(0),
    currentPhase: text('current_phase').notNull(),
    notes: jsonb('notes').$type<Record<string, string>>().notNull().default({}),
    rootCause: text('root_cause'), // primary
    secondaryCauses: jsonb('secondary_causes').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('conversations_case').on(t.caseId)],
);

/** aftale — what, who, by when; the case stays open until agreements are kept. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    what: text('what').notNull(),
    ownerType: text('owner_type').notNull(), // staff | citizen
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'), // open | kept | cancelled
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('agreements_due').on(t.status, t.dueOn)],
);
