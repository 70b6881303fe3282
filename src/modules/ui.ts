// The staff app is the sum of the modules' manifests (src/modules/<module>/ui/manifest.ts): one line per
// module, in the same order as index.ts. `STAFF_UI` is the menu's pages, the router's views and the case
// page's panels, folded together; importing this list installs the modules' messages and policies.
import { assembleUi, type UiModule } from '../platform/ui.js';
import { adminUi } from './admin/ui/manifest.js';
import { casesUi } from './cases/ui/manifest.js';
import { citizensUi } from './citizens/ui/manifest.js';
import { dialogueUi } from './dialogue/ui/manifest.js';
import { formalUi } from './formal/ui/manifest.js';
import { homeUi } from './home/ui/manifest.js';
import { insightUi } from './insight/ui/manifest.js';
import { intakeUi } from './intake/ui/manifest.js';
import { learningUi } from './learning/ui/manifest.js';
import { lettersUi } from './letters/ui/manifest.js';
import { messagingUi } from './messaging/ui/manifest.js';
import { participationUi } from './participation/ui/manifest.js';
import { privacyUi } from './privacy/ui/manifest.js';
import { receptionUi } from './reception/ui/manifest.js';
import { safetyUi } from './safety/ui/manifest.js';
import { surveysUi } from './surveys/ui/manifest.js';

export const UI_MODULES: readonly UiModule[] = [
  homeUi,
  intakeUi,
  casesUi,
  dialogueUi,
  citizensUi,
  messagingUi,
  adminUi,
  privacyUi,
  safetyUi,
  formalUi,
  lettersUi,
  learningUi,
  surveysUi,
  insightUi,
  participationUi,
  receptionUi,
];

export const STAFF_UI = assembleUi(UI_MODULES);
export const STAFF_PAGES = STAFF_UI.pages;
export const STAFF_VIEWS = STAFF_UI.views;
