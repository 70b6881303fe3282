// The learning module's calls from the staff app, and the shapes they answer (shared with the server).
import { api, query } from '../../../../web/src/app/api.js';

import type {
  DraftBody,
  FeedbackSummary,
  FeedbackView,
  LearningCaseView,
  SearchItem,
  TrainingOverview,
} from '../shapes.js';

// The shapes are the server's own (../shapes.ts): one definition for both sides.
export type {
  DraftBody,
  FeedbackSummary,
  FeedbackView,
  FieldReview,
  RedactionKind,
  SearchItem,
  TrainingOverview,
} from '../shapes.js';
export type LearningCase = LearningCaseView;

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
export const createCourse = (body: { title: string; description: string; departmentId: string | null }) =>
  api<{ id: string }>('POST', '/training/courses', body);
export const deleteCourse = (id: string) => api<void>('DELETE', `/training/courses/${id}`);
export const createSession = (body: { courseId: string; kind: string; title: string; heldOn: string }) =>
  api<{ id: string }>('POST', '/training/sessions', body);
export const setParticipants = (id: string, participants: { userId: string; attended: boolean | null }[]) =>
  api<void>('PUT', `/training/sessions/${id}/participants`, { participants });
export const deleteSession = (id: string) => api<void>('DELETE', `/training/sessions/${id}`);
export const createBuddyPair = (userA: string, userB: string) =>
  api<{ id: string }>('POST', '/training/buddy-pairs', { userA, userB });
export const deleteBuddyPair = (id: string) => api<void>('DELETE', `/training/buddy-pairs/${id}`);
export const createActionPlan = (body: { userId: string; goal: string; followUpOn: string }) =>
  api<{ id: string }>('POST', '/training/action-plans', body);
export const followUpActionPlan = (id: string) => api<void>('POST', `/training/action-plans/${id}/follow-up`);
export const deleteActionPlan = (id: string) => api<void>('DELETE', `/training/action-plans/${id}`);
export const setIntroductionWeeks = (introductionWeeks: number) =>
  api<void>('PUT', '/training/settings', { introductionWeeks });
