// The learning module's calls from the staff app, and the shapes they answer.
import { api, query } from '../../../../web/src/app/api.js';

export type RedactionKind = 'name' | 'cpr' | 'phone' | 'email' | 'address' | 'caseNumber' | 'birthDate';
export interface FieldReview {
  field: 'title' | 'happened' | 'worked' | 'differently';
  text: string;
  redacted: string;
  redactions: { kind: RedactionKind; start: number; end: number; text: string }[];
}
export interface LearningCase {
  id: string;
  status: 'draft' | 'published';
  title: string;
  happened: string;
  worked: string;
  differently: string;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  area: { code: string; name: string } | null;
  author: { id: string; name: string };
  version: number;
  publishedAt: string | null;
  review: { fields: FieldReview[]; kept: string[]; added: { text: string; kind: RedactionKind }[] } | null;
}
export interface SearchItem {
  id: string;
  title: string;
  area: { code: string; name: string } | null;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  publishedAt: string;
  snippet: { text: string; hit: boolean }[];
}
export interface FeedbackSummary {
  id: string;
  caseNumber: string;
  requester: { id: string; name: string };
  reviewer: { id: string; name: string };
  status: 'open' | 'answered';
  createdAt: string;
}
export interface FeedbackView extends FeedbackSummary {
  question: string;
  record: { phase: string; text: string }[];
  answer: { whatWorked: string; tryNext: string } | null;
}
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
  added: { text: string; kind: RedactionKind }[];
}
export interface TrainingOverview {
  introductionWeeks: number;
  departments: {
    departmentId: string;
    name: string;
    methodStartedOn: string | null;
    coverage: { staff: number; trained: number; share: number | null };
  }[];
  sessions: {
    id: string;
    kind: string;
    title: string;
    heldOn: string;
    participants: { name: string; attended: boolean | null }[];
  }[];
  notIntroduced: { userId: string; name: string; startedOn: string; dueOn: string }[];
}

export const makeLearningCase = (caseNumber: string) =>
  api<LearningCase>('POST', `/cases/${encodeURIComponent(caseNumber)}/learning-case`);
export const fetchLearningCase = (id: string) => api<LearningCase>('GET', `/learning/cases/${id}`);
export const saveDraft = (id: string, body: DraftBody) =>
  api<LearningCase>('PUT', `/learning/cases/${id}`, body);
export const publishDraft = (id: string, version: number) =>
  api<LearningCase>('POST', `/learning/cases/${id}/publish`, { version, reviewed: true });
export const discardDraft = (id: string) => api<void>('DELETE', `/learning/cases/${id}`);
export const searchLearning = (p: { q?: string; technique?: string; rootCause?: string; outcome?: string }) =>
  api<{ items: SearchItem[] }>('GET', `/learning/cases${query(p)}`);
export const fetchDrafts = () =>
  api<{ items: { id: string; title: string; updatedAt: string }[] }>('GET', '/learning/drafts');
export const fetchFeedbackList = () => api<{ items: FeedbackSummary[] }>('GET', '/feedback');
export const fetchFeedback = (id: string) => api<FeedbackView>('GET', `/feedback/${id}`);
export const askFeedback = (caseNumber: string, reviewerId: string, question: string) =>
  api<FeedbackSummary>('POST', `/cases/${encodeURIComponent(caseNumber)}/feedback-requests`, {
    reviewerId,
    question,
  });
export const answerFeedback = (id: string, whatWorked: string, tryNext: string) =>
  api<FeedbackSummary>('POST', `/feedback/${id}/answer`, { whatWorked, tryNext });
export const fetchTraining = () => api<TrainingOverview>('GET', '/training');
