// The shapes the learning module's API answers, and the small mappers both sides use: the server builds them,
// the staff app (ui/learning-api.ts) reads the same types. Pure (types and plain functions): the browser bundle
// imports it.
import type { FieldReview } from '../../core/learning.js';
import type { ExtraTerm, RedactionKind } from '../../core/redaction.js';

export type { FieldReview, RedactionKind };

export interface AreaRef {
  code: string;
  name: string;
}

/** A row's area, when it has one (both its code and name). */
export const areaOf = (r: { areaCode: string | null; areaName: string | null }): AreaRef | null =>
  r.areaCode && r.areaName ? { code: r.areaCode, name: r.areaName } : null;

/** A learning case as its author or a reader sees it. */
export interface LearningCaseView {
  id: string;
  status: 'draft' | 'published';
  title: string;
  happened: string;
  worked: string;
  differently: string;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  area: AreaRef | null;
  author: { id: string; name: string };
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** A draft's review, seen by its author only: each field's redactions, and the decisions made. */
  review: {
    fields: FieldReview[];
    kept: string[];
    added: ExtraTerm[];
  } | null;
}

/** What the author sends to save a draft: its texts, tags and review decisions, at the version they saw. */
export interface DraftBody {
  version: number;
  title: string;
  happened: string;
  worked: string;
  differently: string;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  kept: string[];
  added: ExtraTerm[];
}

/** The draft body that saves a learning case unchanged (the form's starting point). */
export const draftBodyOf = (d: LearningCaseView): DraftBody => ({
  version: d.version,
  title: d.title,
  happened: d.happened,
  worked: d.worked,
  differently: d.differently,
  techniques: d.techniques,
  rootCause: d.rootCause,
  outcome: d.outcome,
  kept: d.review?.kept ?? [],
  added: d.review?.added ?? [],
});

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** One published learning case found by a search, ranked, with its snippet. */
export interface SearchItem {
  id: string;
  title: string;
  area: AreaRef | null;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  publishedAt: string;
  rank: number;
  snippet: SnippetPart[];
}

export interface FeedbackSummary {
  id: string;
  caseNumber: string;
  requester: { id: string; name: string };
  reviewer: { id: string; name: string };
  status: 'open' | 'answered';
  createdAt: string;
  answeredAt: string | null;
}

export interface FeedbackView extends FeedbackSummary {
  question: string;
  /** The conversation record, redacted, phase by phase. */
  record: { phase: string; text: string }[];
  answer: { whatWorked: string; tryNext: string } | null;
}

/** A member of staff the caller may put on a session, in a pair or on an action plan. */
export interface KeepableStaff {
  id: string;
  name: string;
  departmentId: string | null;
  /** The day they started (YYYY-MM-DD). */
  startedOn: string;
  trained: boolean;
}

export interface TrainingSessionView {
  id: string;
  kind: string;
  title: string;
  heldOn: string;
  departmentId: string | null;
  participants: { userId: string; name: string; attended: boolean | null }[];
  /** The caller may change it (its participants and attendance) and delete it. */
  manageable: boolean;
}

/** forløb — a course of the method and its sessions, in the order they are held. */
export interface TrainingCourseView {
  id: string;
  title: string;
  description: string;
  /** The department it is for; null: the whole kommune. */
  departmentId: string | null;
  /** The caller may add sessions to it and delete it. */
  manageable: boolean;
  sessions: TrainingSessionView[];
}

/** The training register as the caller sees it. Dates are YYYY-MM-DD. */
export interface TrainingOverview {
  introductionWeeks: number;
  /** What the caller keeps: the whole kommune (admin), one department (a team lead), or nothing (read only). */
  keeps: { kommune: boolean; departmentId: string | null };
  /** The staff the caller may register, by name; empty for those who only read. */
  staff: KeepableStaff[];
  departments: {
    departmentId: string;
    name: string;
    methodStartedOn: string | null;
    coverage: { staff: number; trained: number; share: number | null };
  }[];
  courses: TrainingCourseView[];
  buddyPairs: {
    id: string;
    a: { id: string; name: string };
    b: { id: string; name: string };
    manageable: boolean;
  }[];
  actionPlans: {
    id: string;
    user: { id: string; name: string };
    goal: string;
    followUpOn: string;
    followedUp: boolean;
    manageable: boolean;
  }[];
  notIntroduced: {
    userId: string;
    name: string;
    departmentId: string | null;
    startedOn: string;
    dueOn: string;
  }[];
}
