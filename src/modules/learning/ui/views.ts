// The components of the learning module's staff pages (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { FeedbackPage } from './FeedbackPage.js';
import { LearningCasePage } from './LearningCasePage.js';
import { LearningPage } from './LearningPage.js';
import { learningPage, trainingPage } from './pages.js';
import { TrainingPage } from './TrainingPage.js';

export const learningViews: StaffView[] = [
  { page: learningPage, component: LearningPage },
  { page: learningPage, match: '/laering/feedback/:id', component: FeedbackPage },
  { page: learningPage, match: '/laering/:id', component: LearningCasePage },
  { page: trainingPage, component: TrainingPage },
];
