// The application is the sum of its modules. Adding a capability is adding a folder and one line here (and
// one in ui.ts if it has staff pages or case panels). `PLATFORM` is what the platform folds together from
// them: routes, the message catalog, templates, policies, jobs, seed steps, figures and case panels.
import { assembleModules, type ModuleDefinition } from '../platform/module.js';
import { admin } from './admin/module.js';
import { cases } from './cases/module.js';
import { citizens } from './citizens/module.js';
import { dialogue } from './dialogue/module.js';
import { formal } from './formal/module.js';
import { home } from './home/module.js';
import { insight } from './insight/module.js';
import { intake } from './intake/module.js';
import { learning } from './learning/module.js';
import { letters } from './letters/module.js';
import { messaging } from './messaging/module.js';
import { participation } from './participation/module.js';
import { privacy } from './privacy/module.js';
import { reception } from './reception/module.js';
import { safety } from './safety/module.js';
import { surveys } from './surveys/module.js';

export const MODULES: readonly ModuleDefinition[] = [
  home,
  intake,
  cases,
  dialogue,
  citizens,
  messaging,
  admin,
  privacy,
  safety,
  formal,
  letters,
  learning,
  surveys,
  insight,
  participation,
  reception,
];

export const PLATFORM = assembleModules(MODULES);
