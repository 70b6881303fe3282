// Demo cases in bulk: n synthetic cases over the last ~18 months for the kommuner already seeded, in every
// state of the workflow, with deadlines from the core calendar. Deterministic (seeded PRNG), and fast enough
// for a million cases: rows go in batches, one INSERT … SELECT FROM unnest(arrays) statement per batch.
import { and, eq } from 'drizzle-orm';
import { areas, kommuner, teams, users } from '../../../adapters/db/schema.js';
import {
  addDays,
  addWorkingDays,
  type CalendarRules,
  type IsoDate,
  localDate,
} from '../../../core/calendar.js';
import { firstContactDue, reassessmentDue } from '../../../core/deadlines.js';
import { formatCaseNumber } from '../../../core/identifiers.js';
import { CASE_STATES } from '../../../core/workflow.js';
import type { AppContext } from '../../../platform/context.js';
import { hashToken, trackingToken } from '../../../platform/tokens.js';
import { caseCounters } from '../tables.js';
import { danishTime } from './danish-time.js';
import { syntheticCitizen } from './people.js';
import { type Random, seededRandom, weighted } from './random.js';
import { ageInDays, kindFor, pathTo, pickState, tellStory } from './stories.js';
import { description } from './texts.js';

const SEED = 20_260_259;
const BATCH = 2_000;
const SPAN_DAYS = 548; // ~18 months back from today
/** Events the citizen sees as milestones on the tracking page. */
const PUBLIC_EVENTS = new Set(['case_received', 'state_changed']);

const pickChannel = weighted([
  ['web', 55],
  ['phone', 20],
  ['desk', 10],
  ['mail', 10],
  ['api', 5],
] as const);
const pickContactTime = weighted([
  ['any', 50],
  ['morning', 20],
  ['midday', 15],
  ['afternoon', 15],
] as const);

interface AreaRef {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  goal: number; // first-contact service goal in working days
}

interface KommuneRef {
  id: string;
  calendar: CalendarRules;
  areas: AreaRef[];
}

interface Organisation {
  kommuner: KommuneRef[];
  teamsByDepartment: Map<string, string[]>;
  caseworkerByTeam: Map<string, string>;
  counters: Map<string, number>; // `${kommuneId}|${year}` -> last sequence number handed out
}

async function loadOrganisation(ctx: AppContext): Promise<Organisation> {
  const ks = await ctx.db.select().from(kommuner).orderBy(kommuner.kommuneId);
  const as = await ctx.db.select().from(areas).orderBy(areas.code);
  const ts = await ctx.db.select().from(teams).orderBy(teams.name);
  const workers = await ctx.db
    .select({ id: users.id, teamId: users.teamId })
    .from(users)
    .where(and(eq(users.role, 'caseworker'), eq(users.active, true)))
    .orderBy(users.email);
  const counters = await ctx.db.select().from(caseCounters);

  const teamsByDepartment = new Map<string, string[]>();
  for (const t of ts)
    teamsByDepartment.set(t.departmentId, [...(teamsByDepartment.get(t.departmentId) ?? []), t.id]);
  const caseworkerByTeam = new Map<string, string>();
  for (const w of workers)
    if (w.teamId && !caseworkerByTeam.has(w.teamId)) caseworkerByTeam.set(w.teamId, w.id);
  return {
    kommuner: ks
      .map((k) => ({
        id: k.kommuneId,
        calendar: { closedMonthDays: k.closedMonthDays, closedDates: k.closedDates },
        areas: as
          .filter((a) => a.kommuneId === k.kommuneId)
          .map((a) => ({
            id: a.id,
            code: a.code,
            name: a.name,
            departmentId: a.departmentId,
            goal: a.firstContactDays,
          })),
      }))
      .filter((k) => k.areas.length > 0),
    teamsByDepartment,
    caseworkerByTeam,
    counters: new Map(counters.map((c) => [`${c.kommuneId}|${c.year}`, c.last])),
  };
}

/** Per-kommune deadline arithmetic, remembered: a million cases fall on only a few hundred dates. */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = compute(key);
      cache.set(key, v);
    }
    return v;
  };
}

/** The n cases' received instants and final states, drawn first and sorted, so case numbers follow time. */
function receivedOrder(rng: Random, n: number, nowMinute: number): Uint32Array {
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const state = pickState(rng);
    const day = SPAN_DAYS - ageInDays(rng, state, SPAN_DAYS);
    // Web forms arrive at any hour, most in office hours; never later than now.
    const minute =
      day === SPAN_DAYS
        ? rng.int(0, nowMinute)
        : rng.chance(0.75)
          ? rng.int(8 * 60, 16 * 60)
          : rng.int(6 * 60, 24 * 60 - 1);
    keys[i] = ((day * 1440 + minute) * 16 + CASE_STATES.indexOf(state)) >>> 0;
  }
  return keys.sort();
}

class Columns {
  readonly citizens = { id: [], kommune: [], name: [], email: [], phone: [], at: [] } as Record<
    string,
    unknown[]
  >;
  readonly cases = {} as Record<(typeof CASE_COLUMNS)[number], unknown[]>;
  readonly events = {} as Record<(typeof EVENT_COLUMNS)[number], unknown[]>;
  constructor() {
    for (const c of CASE_COLUMNS) this.cases[c] = [];
    for (const c of EVENT_COLUMNS) this.events[c] = [];
  }
  params(): unknown[] {
    return [
      ...Object.values(this.citizens),
      ...CASE_COLUMNS.map((c) => this.cases[c]),
      ...EVENT_COLUMNS.map((c) => this.events[c]),
    ];
  }
}

// [column, SQL type] in parameter order; the statement below is built from these lists.
const CASE_SPEC = [
  ['id', 'uuid'],
  ['kommune_id', 'text'],
  ['number', 'text'],
  ['kind', 'text'],
  ['state', 'text'],
  ['channel', 'text'],
  ['area_id', 'uuid'],
  ['department_id', 'uuid'],
  ['team_id', 'uuid'],
  ['assignee_id', 'uuid'],
  ['citizen_id', 'uuid'],
  ['description', 'text'],
  ['decision_date', 'date'],
  ['decision_reference', 'text'],
  ['preferred_contact_time', 'text'],
  ['received_at', 'timestamptz'],
  ['received_on', 'date'],
  ['first_contact_due', 'date'],
  ['first_contact_met_on', 'date'],
  ['reassessment_due', 'date'],
  ['root_cause', 'text'],
  ['tracking_token_hash', 'text'],
  ['closed_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
const CASE_COLUMNS = CASE_SPEC.map(([c]) => c);
const EVENT_SPEC = [
  ['id', 'uuid'],
  ['kommune_id', 'text'],
  ['case_id', 'uuid'],
  ['type', 'text'],
  ['actor_id', 'uuid'],
  ['at', 'timestamptz'],
  ['public', 'boolean'],
  ['data', 'jsonb'],
] as const;
const EVENT_COLUMNS = EVENT_SPEC.map(([c]) => c);

const unnest = (spec: readonly (readonly [string, string])[], from: number) =>
  `unnest(${spec.map(([, type], i) => `$${from + i}::${type === 'jsonb' ? 'text' : type}[]`).join(', ')}) ` +
  `AS u(${spec.map(([c]) => c).join(', ')})`;
const select = (spec: readonly (readonly [string, string])[]) =>
  spec.map(([c, type]) => (type === 'jsonb' ? `${c}::jsonb` : c)).join(', ');

// One statement per batch: citizens, their cases and the timelines, atomically (the foreign keys are
// checked at the end of the statement, as in intake's INSERT_CASE).
const INSERT_BATCH = `
WITH ci AS (
  INSERT INTO citizens (id, kommune_id, name, email, phone, created_at)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
), ca AS (
  INSERT INTO cases (${CASE_COLUMNS.join(', ')})
  SELECT ${select(CASE_SPEC)} FROM ${unnest(CASE_SPEC, 7)}
)
INSERT INTO case_events (${EVENT_COLUMNS.join(', ')})
SELECT ${select(EVENT_SPEC)} FROM ${unnest(EVENT_SPEC, 7 + CASE_SPEC.length)}`;

const iso = (ms: number) => new Date(ms).toISOString();

export async function seedDemoCases(
  ctx: AppContext,
  n: number,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const org = await loadOrganisation(ctx);
  if (n <= 0 || org.kommuner.length === 0) {
    progress?.(0, n);
    return;
  }
  const rng = seededRandom(SEED);
  const now = ctx.now();
  const nowMs = now.getTime();
  const today = localDate(now);
  const clock = danishTime();
  const dates = Array.from({ length: SPAN_DAYS + 1 }, (_, i) => addDays(today, i - SPAN_DAYS));
  const keys = receivedOrder(rng, n, clock.minuteOfDay(now));

  const calendars = new Map(org.kommuner.map((k) => [k.id, k.calendar]));
  const cal = (key: string) => calendars.get(key.slice(0, 3))!;
  // key: `${kommuneId}${date}${days}` — kommunekoder are 3 digits, dates 10 characters
  const workingDaysAfter = memo((key) => addWorkingDays(key.slice(3, 13), Number(key.slice(13)), cal(key)));
  const dueOf = memo((key) => firstContactDue(key.slice(3, 13), Number(key.slice(13)), cal(key)));
  const reassessmentOf = memo((key) => reassessmentDue(key.slice(3), cal(key)));

  let pending: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < n; start += BATCH) {
    const cols = new Columns();
    const end = Math.min(start + BATCH, n);
    for (let i = start; i < end; i++) {
      const key = keys[i]!;
      const state = CASE_STATES[key % 16]!;
      const minuteOfDay = Math.floor(key / 16) % 1440;
      const receivedOn = dates[Math.floor(key / 16 / 1440)]!;
      const receivedAt = Math.min(clock.at(receivedOn, minuteOfDay) + rng.int(0, 59_999), nowMs);

      const kommune = rng.pick(org.kommuner);
      const kind = kindFor(rng, state);
      const path = pathTo(rng, state, kind);
      const area = rng.pick(kommune.areas);
      const teamId = rng.pick(org.teamsByDepartment.get(area.departmentId) ?? [null]);
      const worker = teamId ? org.caseworkerByTeam.get(teamId) : undefined;
      const assigneeId = worker && rng.chance(state === 'received' ? 0.15 : 0.85) ? worker : null;
      const channel = pickChannel(rng);

      // First contact: mostly within the service goal, some late; never after today.
      const late = rng.chance(0.12);
      const contactDays = late ? area.goal + rng.int(1, 5) : rng.int(0, area.goal);
      let plannedOn: IsoDate = workingDaysAfter(`${kommune.id}${receivedOn}${contactDays}`);
      if (plannedOn > today) plannedOn = today;
      const planned = clock.at(plannedOn, rng.int(8 * 60, 15 * 60 + 30));
      const story = tellStory(rng, {
        kind,
        path,
        receivedAt,
        plannedFirstContact: planned,
        now: nowMs,
        actorId: assigneeId,
      });
      const metOn =
        story.firstContactAt === null
          ? null
          : story.firstContactAt === planned
            ? plannedOn
            : localDate(new Date(story.firstContactAt));

      const year = Number(receivedOn.slice(0, 4));
      const counterKey = `${kommune.id}|${year}`;
      const seq = (org.counters.get(counterKey) ?? 0) + 1;
      org.counters.set(counterKey, seq);

      const citizen = syntheticCitizen(rng);
      const citizenId = rng.uuid();
      const caseId = rng.uuid();
      const complaint = kind === 'complaint';
      const at = iso(receivedAt);

      const ci = cols.citizens;
      ci.id!.push(citizenId);
      ci.kommune!.push(kommune.id);
      ci.name!.push(citizen.name);
      ci.email!.push(citizen.email);
      ci.phone!.push(citizen.phone);
      ci.at!.push(at);

      const row: Record<(typeof CASE_COLUMNS)[number], unknown> = {
        id: caseId,
        kommune_id: kommune.id,
        number: formatCaseNumber(kommune.id, year, seq),
        kind,
        state,
        channel,
        area_id: area.id,
        department_id: area.departmentId,
        team_id: teamId,
        assignee_id: assigneeId,
        citizen_id: citizenId,
        description: description(rng, kind, area.name),
        decision_date: complaint ? addDays(receivedOn, -rng.int(3, 28)) : null,
        decision_reference: complaint
          ? `${area.code.slice(0, 3).toUpperCase()}-${year}-${String(rng.int(1, 9999)).padStart(4, '0')}`
          : null,
        preferred_contact_time: pickContactTime(rng),
        received_at: at,
        received_on: receivedOn,
        first_contact_due: dueOf(`${kommune.id}${receivedOn}${area.goal}`),
        first_contact_met_on: metOn,
        reassessment_due: path.includes('maintained') ? reassessmentOf(`${kommune.id}${receivedOn}`) : null,
        root_cause: story.rootCause,
        tracking_token_hash: hashToken(trackingToken(ctx.config.appSecret, caseId)),
        closed_at: story.closedAt === null ? null : iso(story.closedAt),
        created_at: at,
        updated_at: iso(story.lastAt),
      };
      for (const c of CASE_COLUMNS) cols.cases[c].push(row[c]);

      const ev = cols.events;
      const push = (type: string, actorId: string | null, ms: number, data: Record<string, unknown>) => {
        ev.id.push(rng.uuid());
        ev.kommune_id.push(kommune.id);
        ev.case_id.push(caseId);
        ev.type.push(type);
        ev.actor_id.push(actorId);
        ev.at.push(iso(ms));
        ev.public.push(PUBLIC_EVENTS.has(type));
        ev.data.push(JSON.stringify(data));
      };
      push('case_received', null, receivedAt, { channel });
      for (const e of story.events) push(e.type, e.actorId, e.at.getTime(), e.data);
    }
    // Build the next batch while the database writes this one (PostgreSQL runs in its own process).
    await pending;
    pending = ctx.dbh.sql(INSERT_BATCH, cols.params()).then(() => progress?.(end, n));
  }
  await pending;

  // Intake continues each kommune's sequence after the demo cases.
  const counters = [...org.counters].map(([k, last]) => [...k.split('|'), last] as const);
  await ctx.dbh.sql(
    `INSERT INTO case_counters (kommune_id, year, last)
     SELECT * FROM unnest($1::text[], $2::smallint[], $3::int[])
     ON CONFLICT (kommune_id, year) DO UPDATE SET last = GREATEST(case_counters.last, EXCLUDED.last)`,
    [counters.map((c) => c[0]), counters.map((c) => Number(c[1])), counters.map((c) => c[2])],
  );
  await ctx.dbh.sql('ANALYZE citizens, cases, case_events');
}
