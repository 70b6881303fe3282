// The database schema. Every table carries kommune_id (the tenant, a 3-digit kommunekode).
// This file holds the platform's own tables (the organisation, sessions, the audit log); each module keeps
// its tables in its tables.ts, and drizzle.config.ts reads them all. The migrations in /drizzle are SQL,
// committed.
import {
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

export const id = () => uuid('id').primaryKey().defaultRandom();
export const kommuneId = () => text('kommune_id').notNull();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** kommune — the tenant itself; kommune_id is its kommunekode. */
export const kommuner = pgTable('kommuner', {
  kommuneId: text('kommune_id').primaryKey(),
  name: text('name').notNull(),
  accessibilityUrl: text('accessibility_url').notNull(), // tilgængelighedserklæring
  closedMonthDays: jsonb('closed_month_days').$type<string[]>().notNull(),
  closedDates: jsonb('closed_dates').$type<string[]>().notNull().default([]),
  delayNoticeDays: smallint('delay_notice_days').notNull().default(10),
  retentionYears: smallint('retention_years').notNull().default(5),
  retentionMonths: smallint('retention_months').notNull().default(0), // added to the years: closed + Y years + M months
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

/** Failed logins per account, from any address, and the temporary lock they lead to (platform/auth/throttle.ts). */
export const loginThrottle = pgTable('login_throttle', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  kommuneId: kommuneId(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

/** Addresses an account has logged in from; a lock does not keep the account holder out from these. */
export const loginKnownAddresses = pgTable(
  'login_known_addresses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kommuneId: kommuneId(),
    ip: text('ip').notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ip] })],
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
    /** A search's criterion (søgekriterium), as the user typed it. */
    criterion: text('criterion'),
    ip: text('ip'),
  },
  (t) => [index('audit_case').on(t.caseId), index('audit_citizen').on(t.citizenId)],
);
