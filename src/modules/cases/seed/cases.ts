// Demo cases in bulk: n synthetic cases over the last ~18 months for the kommuner already seeded, in every
// state of the workflow, with deadlines from the core calendar. Deterministic (seeded PRNG), and fast enough
// for a million cases: rows go in batches through cases' createCases (one INSERT … SELECT FROM unnest(arrays)
// statement per batch).
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
import { CASE_STATES } from '../../../core/workflow.js';
import type { AppContext } from '../../../platform/context.js';
import { hashToken, trackingToken } from '../../../platform/tokens.js';
import { CaseBatch, CaseNumbers, createCases } from '../create.js';
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

const iso = (ms: number) => new Date(ms).toISOString();

export async function seedDemoCases(
  ctx: AppContext,
  n: number,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const org = await loadOrganisation(ctx);
  const numbers = await CaseNumbers.load(ctx);
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
    const cols = new CaseBatch();
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

      const citizen = syntheticCitizen(rng);
      const citizenId = rng.uuid();
      const caseId = rng.uuid();
      const complaint = kind === 'complaint';
      const at = iso(receivedAt);

      cols.citizen({
        id: citizenId,
        kommune_id: kommune.id,
        name: citizen.name,
        email: citizen.email,
        phone: citizen.phone,
        created_at: at,
      });

      cols.case({
        id: caseId,
        kommune_id: kommune.id,
        number: numbers.next(kommune.id, year),
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
      });

      const push = (type: string, actorId: string | null, ms: number, data: Record<string, unknown>) =>
        cols.event({
          id: rng.uuid(),
          kommune_id: kommune.id,
          case_id: caseId,
          type,
          actor_id: actorId,
          at: iso(ms),
          public: PUBLIC_EVENTS.has(type),
          data: JSON.stringify(data),
        });
      push('case_received', null, receivedAt, { channel });
      for (const e of story.events) push(e.type, e.actorId, e.at.getTime(), e.data);
    }
    // Build the next batch while the database writes this one (PostgreSQL runs in its own process).
    await pending;
    pending = createCases(ctx, cols).then(() => progress?.(end, n));
  }
  await pending;

  // Intake continues each kommune's sequence after the demo cases.
  await numbers.save(ctx);
  await ctx.dbh.sql('ANALYZE citizens, cases, case_events');
}
