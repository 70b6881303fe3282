// The learning module's staff pages: learning (search, drafts, feedback) and the training register. Pure data;
// views.ts gives them their components.
import type { StaffPage } from '../../../platform/ui.js';

export const learningPage: StaffPage = {
  path: '/laering',
  label: 'learning.ui.nav',
  requires: 'learning.read',
  position: 70,
};
export const trainingPage: StaffPage = {
  path: '/uddannelse',
  label: 'learning.ui.training.nav',
  requires: 'training.read',
  position: 71,
};

export const learningPages = [learningPage, trainingPage];
