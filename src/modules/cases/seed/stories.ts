// The life of one demo case: which state it has reached, the path it took there, and its timeline — every
// step taken through the core state machine (transition), so demo data can only contain legal histories.
import {
  type CaseKind,
  type CaseState,
  type DomainEvent,
  type RootCause,
  transition,
} from '../../../core/workflow.js';
import { type Random, weighted } from './random.js';
import { reasonFor } from './texts.js';

const HOUR = 3_600_000;

/** Mostly early, open states (the queue), the rest spread over the whole workflow. */
export const pickState = weighted<CaseState>([
  ['received', 18],
  ['contacting', 14],
  ['in_dialogue', 20],
  ['agreement', 7],
  ['resolved', 9],
  ['withdrawn', 5],
  ['maintained', 3],
  ['reassessment', 3],
  ['forwarded', 3],
  ['appeal_decided', 2],
  ['closed', 15],
  ['reopened', 1],
]);

/** The formal track exists only for a complaint about a decision (klage). */
const FORMAL_STATES: readonly CaseState[] = ['maintained', 'reassessment', 'forwarded', 'appeal_decided'];

const pickKind = weighted<CaseKind>([
  ['complaint', 45],
  ['grievance', 35],
  ['inquiry', 20],
]);

export const kindFor = (rng: Random, state: CaseState): CaseKind =>
  FORMAL_STATES.includes(state) ? 'complaint' : pickKind(rng);

// Most complaints turn out to be about process rather than the decision (seeds 000, 003).
const pickRootCause = weighted<RootCause>([
  ['process', 34],
  ['communication', 20],
  ['decision', 16],
  ['waiting_time', 15],
  ['conduct', 7],
  ['physical_setting', 3],
  ['other', 5],
]);

const exp = (rng: Random, mean: number) => Math.floor(-Math.log(1 - rng.next()) * mean);

/**
 * How many days before today a case now in `state` was received: the queue's states are recent (a few
 * overdue, some due today), finished cases spread over the whole period.
 */
export function ageInDays(rng: Random, state: CaseState, maxDays: number): number {
  const age = (() => {
    switch (state) {
      case 'received':
        return Math.min(exp(rng, 2), 25);
      case 'contacting':
        return Math.min(exp(rng, 3), 30);
      case 'in_dialogue':
        return 1 + exp(rng, 12);
      case 'agreement':
        return 5 + exp(rng, 25);
      case 'maintained':
        return 3 + exp(rng, 10);
      case 'reassessment':
        return rng.int(10, 35);
      case 'forwarded':
        return rng.int(35, 240);
      case 'appeal_decided':
        return rng.int(100, 500);
      case 'resolved':
        return 3 + exp(rng, 40);
      case 'withdrawn': // closed soon after the citizen withdraws
        return 1 + exp(rng, 7);
      default:
        return rng.int(20, maxDays);
    }
  })();
  return Math.min(age, maxDays);
}

const firstContact = (rng: Random): CaseState[] =>
  rng.chance(0.4) ? ['contacting', 'in_dialogue'] : ['in_dialogue'];

const formalStart = (rng: Random): CaseState[] =>
  rng.chance(0.15) ? ['maintained'] : [...firstContact(rng), 'maintained'];

/** The states a case went through after 'received' to reach `state`. */
export function pathTo(rng: Random, state: CaseState, kind: CaseKind): CaseState[] {
  const complaint = kind === 'complaint';
  switch (state) {
    case 'received':
      return [];
    case 'contacting':
      return ['contacting'];
    case 'in_dialogue':
      return firstContact(rng);
    case 'agreement':
      return [...firstContact(rng), 'agreement'];
    case 'resolved':
      return [...firstContact(rng), ...(rng.chance(0.4) ? ['agreement' as const] : []), 'resolved'];
    case 'withdrawn': {
      const x = rng.next();
      if (x < 0.1) return ['withdrawn'];
      if (x < 0.25) return ['contacting', 'withdrawn'];
      if (complaint && x < 0.35) return [...formalStart(rng), 'withdrawn'];
      return [...firstContact(rng), 'withdrawn'];
    }
    case 'maintained':
      return formalStart(rng);
    case 'reassessment':
      return [...formalStart(rng), 'reassessment'];
    case 'forwarded':
      return [...formalStart(rng), 'reassessment', 'forwarded'];
    case 'appeal_decided':
      return [...formalStart(rng), 'reassessment', 'forwarded', 'appeal_decided'];
    case 'closed': {
      const x = rng.next();
      if (complaint && x >= 0.88) return [...pathTo(rng, 'appeal_decided', kind), 'closed'];
      if (complaint && x >= 0.76) return [...formalStart(rng), 'reassessment', 'closed'];
      return [...pathTo(rng, x < 0.55 ? 'resolved' : 'withdrawn', kind), 'closed'];
    }
    case 'reopened':
      return [...pathTo(rng, 'closed', kind), 'reopened'];
  }
}

/** Typical time from the previous step to this one, in days. */
const GAP_DAYS: Partial<Record<CaseState, readonly [number, number]>> = {
  agreement: [0, 1],
  resolved: [2, 20],
  withdrawn: [1, 10],
  maintained: [1, 7],
  reassessment: [1, 5],
  forwarded: [10, 28],
  appeal_decided: [60, 180],
  closed: [1, 5],
  reopened: [10, 30],
};

export interface StoryInput {
  kind: CaseKind;
  path: readonly CaseState[];
  receivedAt: number;
  /** When the first conversation (in_dialogue, or straight to maintained) should happen. */
  plannedFirstContact: number;
  now: number;
  actorId: string | null;
}

export interface Story {
  events: DomainEvent[];
  firstContactAt: number | null;
  closedAt: number | null;
  lastAt: number;
  rootCause: RootCause | null;
}

export function tellStory(rng: Random, input: StoryInput): Story {
  const { kind, path, receivedAt, now } = input;
  const firstContactIndex = path.findIndex((s) => s === 'in_dialogue' || s === 'maintained');
  const events: DomainEvent[] = [];
  let state: CaseState = 'received';
  let at = receivedAt;
  let firstContactAt: number | null = null;
  let closedAt: number | null = null;
  // Never in the future, never before the previous step.
  const within = (wanted: number) => {
    if (wanted > now) return at + (now - at) * rng.next();
    return wanted > at ? wanted : at + Math.min(now - at, 2 * HOUR) * rng.next();
  };

  for (const [i, to] of path.entries()) {
    if (i === firstContactIndex) {
      at = within(input.plannedFirstContact);
      firstContactAt = at;
    } else if (to === 'contacting') {
      // A first attempt that did not get through: before the conversation, or within a day or so.
      const until = firstContactIndex > i ? input.plannedFirstContact : at + rng.int(1, 30) * HOUR;
      at = within(at + (until - at) * (0.2 + 0.5 * rng.next()));
    } else {
      const [min, max] = GAP_DAYS[to] ?? [1, 5];
      at = within(at + rng.int(min * 24, max * 24) * HOUR + rng.int(0, 59) * 60_000);
    }
    const reassessmentResult =
      state === 'reassessment' ? (to === 'closed' ? 'changed' : rng.pick(FORWARD_RESULTS)) : undefined;
    const result = transition(
      { kind, state },
      {
        to,
        at: new Date(at),
        actorId: input.actorId,
        reason: reasonFor(rng, to),
        reassessmentResult,
        appealResult: to === 'appeal_decided' ? rng.pick(APPEAL_OUTCOMES) : undefined,
      },
    );
    if (!result.ok) throw new Error(`demo path ${path.join('→')}: ${result.message}`);
    // The formal track records an upheld or partly changed re-assessment when it is made; the forwarding that
    // follows does not repeat it.
    if (state === 'reassessment' && to === 'forwarded') {
      events.push({
        type: 'reassessment_decided',
        at: new Date(at),
        actorId: input.actorId,
        data: { result: reassessmentResult },
      });
    }
    events.push(...result.events);
    state = result.state;
    if (to === 'closed') closedAt = at;
  }

  return {
    events,
    firstContactAt,
    closedAt: state === 'closed' ? closedAt : null,
    lastAt: at,
    rootCause: path.includes('in_dialogue') ? pickRootCause(rng) : null,
  };
}

const FORWARD_RESULTS = ['upheld', 'upheld', 'partly_changed'] as const;
// Most appeals are upheld (stadfæstet); the rest give the reversal rate.
const APPEAL_OUTCOMES = ['upheld', 'upheld', 'upheld', 'changed', 'annulled', 'sent_back'] as const;
