// The surveys module's staff pages. Pure data; views.ts gives them their components.
import type { StaffPage } from '../../../platform/ui.js';

export const flagsPage: StaffPage = {
  path: '/utilfredse-svar',
  label: 'surveys.ui.flags.menu',
  requires: 'survey.flags',
  position: 25,
};
export const pulsePage: StaffPage = {
  path: '/medarbejderpuls',
  label: 'surveys.ui.pulse.menu',
  requires: 'pulse.answer',
  position: 60,
};
export const pulseResultsPage: StaffPage = {
  path: '/pulsresultater',
  label: 'surveys.ui.pulseResults.menu',
  requires: 'pulse.results',
  position: 62,
};
export const decisionsPage: StaffPage = {
  path: '/afgoerelser',
  label: 'surveys.ui.decisions.menu',
  requires: 'decisions.import',
  position: 55,
};

export const surveysPages = [flagsPage, pulsePage, pulseResultsPage, decisionsPage];
