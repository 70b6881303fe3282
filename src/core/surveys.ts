// The pure rules of the surveys: the citizen's satisfaction survey (when it is open, when to remind, which
// answer is unhappy), the employees' pulse (which groups may be shown, so that no answer can be singled out),
// and the decision-volume import (a CSV read row by row, every bad row reported with its line number).
// No I/O and no clock here: instants and texts are passed in.
import { isValidIsoDate } from './calendar.js';

// ---------------------------------------------------------------------------------------------------------
// The citizen's survey (tilfredshedsundersøgelse)

/** The four scored questions, each answered 1 (not at all) to 5 (fully). */
export const SURVEY_QUESTIONS = ['heard', 'understood', 'fair', 'overall'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A score of 4 or 5 counts as agreeing (satisfied) in the figures. */
export const AGREEING = 4;

export interface SurveyAnswer {
  heard: number;
  understood: number;
  fair: number;
  overall: number;
  /** "I still disagree with the decision" */
  stillDisagree: boolean;
}

export const isScore = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX;

/** An unhappy answer (overall 2 or less, or "I still disagree") is flagged to the team lead. */
export const isUnhappy = (a: Pick<SurveyAnswer, 'overall' | 'stillDisagree'>): boolean =>
  a.overall <= 2 || a.stillDisagree;

export interface SurveyRequestState {
  expiresAt: Date;
  answeredAt: Date | null;
  optedOutAt: Date | null;
}

export type SurveyStatus = 'open' | 'answered' | 'opted_out' | 'expired';

/** Answered and opted out win over expired: the citizen is told what they did, not that time ran out. */
export function surveyStatus(r: SurveyRequestState, now: Date): SurveyStatus {
  if (r.answeredAt) return 'answered';
  if (r.optedOutAt) return 'opted_out';
  if (now.getTime() >= r.expiresAt.getTime()) return 'expired';
  return 'open';
}

const DAY_MS = 86_400_000;

export const surveyExpiry = (requestedAt: Date, validDays: number): Date =>
  new Date(requestedAt.getTime() + validDays * DAY_MS);

/**
 * One reminder at most: for an open survey not reminded yet, once `afterDays` have passed since it was sent,
 * and only while at least a day of the link's validity is left (a reminder for a link about to lapse helps no one).
 */
export function reminderDue(
  r: SurveyRequestState & { requestedAt: Date; remindedAt: Date | null },
  now: Date,
  afterDays: number,
): boolean {
  if (r.remindedAt || surveyStatus(r, now) !== 'open') return false;
  return (
    now.getTime() >= r.requestedAt.getTime() + afterDays * DAY_MS &&
    r.expiresAt.getTime() - now.getTime() >= DAY_MS
  );
}

// ---------------------------------------------------------------------------------------------------------
// Months

/** 'YYYY-MM', a calendar month. */
export type IsoMonth = string;

export function isValidMonth(s: string): boolean {
  return /^\d{4}-\d{2}$/.test(s) && isValidIsoDate(`${s}-01`) && s >= '2000-01' && s <= '2099-12';
}

export const monthOf = (date: string): IsoMonth => date.slice(0, 7);

/** The months from `from` to `to`, both included ([] when `to` is before `from`). */
export function monthsBetween(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The employee pulse (medarbejderpuls): results only for groups of at least MIN_GROUP_SIZE answers

export const PULSE_QUESTIONS = ['wellbeing', 'equipped', 'workload'] as const;
export type PulseQuestion = (typeof PULSE_QUESTIONS)[number];

/** No group of fewer answers is shown, and none can be worked out from the groups that are. */
export const MIN_GROUP_SIZE = 5;

/** The answers of one group, summed: how many, the sum of each question's scores and how many agreed (4–5). */
export interface PulseTally {
  n: number;
  sum: Record<PulseQuestion, number>;
  agreeing: Record<PulseQuestion, number>;
}

export const emptyTally = (): PulseTally => ({
  n: 0,
  sum: { wellbeing: 0, equipped: 0, workload: 0 },
  agreeing: { wellbeing: 0, equipped: 0, workload: 0 },
});

export function addTally(into: PulseTally, t: PulseTally): PulseTally {
  into.n += t.n;
  for (const q of PULSE_QUESTIONS) {
    into.sum[q] += t.sum[q];
    into.agreeing[q] += t.agreeing[q];
  }
  return into;
}

/** One month's answers of one team (teamId null: staff without a team), in one department. */
export interface PulseGroup {
  month: IsoMonth;
  departmentId: string;
  teamId: string | null;
  tally: PulseTally;
}

export type PulseLevel = 'kommune' | 'department' | 'team';

/** A group that may be shown: its level, month, ids and tally. */
export interface PulseCell {
  level: PulseLevel;
  month: IsoMonth;
  departmentId: string | null;
  teamId: string | null;
  tally: PulseTally;
}

/**
 * Among the parts of a whole, the ones that may be shown: each has at least MIN_GROUP_SIZE answers, and what
 * is left of the whole when they are taken away is nothing or again at least MIN_GROUP_SIZE — else one
 * subtraction would show a small group. When the rest is too small, the smallest shown part is held back too
 * (secondary suppression), which makes the rest at least MIN_GROUP_SIZE.
 */
export function releasedParts<T extends { n: number }>(whole: number, parts: readonly T[]): T[] {
  const shown = parts.filter((p) => p.n >= MIN_GROUP_SIZE).sort((a, b) => a.n - b.n);
  let rest = whole - shown.reduce((s, p) => s + p.n, 0);
  while (rest > 0 && rest < MIN_GROUP_SIZE && shown.length > 0) rest += shown.shift()!.n;
  return shown;
}

/**
 * The groups that may be shown, decided on all of a kommune's answers at once — never on what a user filtered
 * — so that filters only choose among the same cells and no combination of them narrows below the minimum.
 * Per month (months never add up across a range): the kommune when it has MIN_GROUP_SIZE answers; its
 * departments as `releasedParts` allows; within a shown department, its teams as `releasedParts` allows (staff
 * without a team are never a group of their own, only part of the rest).
 */
export function releasedPulseCells(groups: readonly PulseGroup[]): PulseCell[] {
  const out: PulseCell[] = [];
  const months = [...new Set(groups.map((g) => g.month))].sort();
  for (const month of months) {
    const ofMonth = groups.filter((g) => g.month === month);
    const kommune = ofMonth.reduce((t, g) => addTally(t, g.tally), emptyTally());
    if (kommune.n < MIN_GROUP_SIZE) continue;
    out.push({ level: 'kommune', month, departmentId: null, teamId: null, tally: kommune });
    const departments = new Map<string, PulseTally>();
    for (const g of ofMonth)
      addTally(
        departments.get(g.departmentId) ?? departments.set(g.departmentId, emptyTally()).get(g.departmentId)!,
        g.tally,
      );
    const deptParts = [...departments].map(([id, tally]) => ({ id, n: tally.n, tally }));
    for (const d of releasedParts(kommune.n, deptParts).sort((a, b) => a.id.localeCompare(b.id))) {
      out.push({ level: 'department', month, departmentId: d.id, teamId: null, tally: d.tally });
      const teamParts = ofMonth
        .filter((g) => g.departmentId === d.id && g.teamId !== null)
        .map((g) => ({ id: g.teamId!, n: g.tally.n, tally: g.tally }));
      for (const team of releasedParts(d.n, teamParts).sort((a, b) => a.id.localeCompare(b.id)))
        out.push({ level: 'team', month, departmentId: d.id, teamId: team.id, tally: team.tally });
    }
  }
  return out;
}

/** The mean score (1–5) and the share agreeing (4–5) of a tally, per question. */
export function tallyMeans(t: PulseTally): Record<PulseQuestion, { mean: number; agreeing: number }> {
  const of = (q: PulseQuestion) => ({ mean: t.sum[q] / t.n, agreeing: t.agreeing[q] / t.n });
  return { wellbeing: of('wellbeing'), equipped: of('equipped'), workload: of('workload') };
}

// ---------------------------------------------------------------------------------------------------------
// Decision volumes (afgørelser per område og måned): the import

/** The header names a column may have (the module's catalog gives the Danish ones). */
export interface DecisionColumns {
  area: readonly string[];
  month: readonly string[];
  decisions: readonly string[];
}

export const MAX_DECISIONS_PER_ROW = 10_000_000;
export const MAX_IMPORT_ROWS = 20_000;

export type ImportProblem =
  | 'empty'
  | 'too_many_rows'
  | 'header'
  | 'columns'
  | 'area'
  | 'month'
  | 'decisions'
  | 'duplicate';

export interface ImportError {
  /** The line of the file (1 is the header), or the row's number in a JSON list (first is 1). */
  line: number;
  problem: ImportProblem;
  /** For 'duplicate': the line the same area and month was first given on. */
  firstLine?: number;
}

export interface RawDecisionRow {
  line: number;
  area: string;
  month: string;
  decisions: string;
}

export interface DecisionRow {
  area: string;
  month: IsoMonth;
  decisions: number;
}

export type ImportResult = { ok: true; rows: DecisionRow[] } | { ok: false; errors: ImportError[] };

/** One CSV line's fields: `;`, `,` or tab separated, each trimmed, with surrounding quotes ("…") removed. */
function fieldsOf(line: string, separator: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === separator) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/**
 * Reads a CSV of decision volumes: a header naming the columns area, month and decisions (in any order, in
 * Danish or English), then one row per area and month. Blank lines are skipped, line numbers count them.
 */
export function parseDecisionCsv(
  text: string,
  columns: DecisionColumns,
): { ok: true; rows: RawDecisionRow[] } | { ok: false; errors: ImportError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerLine = lines[0] ?? '';
  if (headerLine.trim() === '') return { ok: false, errors: [{ line: 1, problem: 'empty' }] };
  const separator = [';', '\t', ','].find((s) => headerLine.includes(s)) ?? ';';
  const header = fieldsOf(headerLine, separator).map((h) => h.toLowerCase());
  const index = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const at = { area: index(columns.area), month: index(columns.month), decisions: index(columns.decisions) };
  if (at.area < 0 || at.month < 0 || at.decisions < 0)
    return { ok: false, errors: [{ line: 1, problem: 'header' }] };
  const rows: RawDecisionRow[] = [];
  const errors: ImportError[] = [];
  lines.slice(1).forEach((l, i) => {
    if (l.trim() === '') return;
    const line = i + 2;
    const f = fieldsOf(l, separator);
    if (f.length !== header.length) {
      errors.push({ line, problem: 'columns' });
      return;
    }
    rows.push({ line, area: f[at.area]!, month: f[at.month]!, decisions: f[at.decisions]! });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows };
}

/**
 * Checks every row (an area the kommune has, a month YYYY-MM, a whole number of decisions from 0, each area and
 * month once) and reports every problem at once. Nothing is to be imported unless all rows are good.
 */
export function validateDecisionRows(
  rows: readonly RawDecisionRow[],
  knownAreas: ReadonlySet<string>,
): ImportResult {
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, problem: 'empty' }] };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, errors: [{ line: 1, problem: 'too_many_rows' }] };
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  const out: DecisionRow[] = [];
  for (const r of rows) {
    const area = r.area.trim().toLowerCase();
    const month = r.month.trim();
    const decisions = r.decisions.trim().replace(/[.\s]/g, ''); // 1.234 and 1 234 are Danish thousands
    let bad = false;
    if (!knownAreas.has(area)) {
      errors.push({ line: r.line, problem: 'area' });
      bad = true;
    }
    if (!isValidMonth(month)) {
      errors.push({ line: r.line, problem: 'month' });
      bad = true;
    }
    if (!/^\d{1,9}$/.test(decisions) || Number(decisions) > MAX_DECISIONS_PER_ROW) {
      errors.push({ line: r.line, problem: 'decisions' });
      bad = true;
    }
    if (bad) continue;
    const key = `${area}|${month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: r.line, problem: 'duplicate', firstLine: first });
      continue;
    }
    seen.set(key, r.line);
    out.push({ area, month, decisions: Number(decisions) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: out };
}

/** Complaints per 1,000 decisions; null when no decisions are known. */
export const perThousand = (complaints: number, decisions: number): number | null =>
  decisions > 0 ? (complaints * 1000) / decisions : null;
