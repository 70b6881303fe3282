// The application is the sum of its modules. Adding a capability is adding a folder and one line here.
import type { ModuleDefinition } from '../platform/context.js';
import { admin } from './admin/module.js';
import { citizens } from './citizens/module.js';
import { dialogue } from './dialogue/module.js';
import { home } from './home/module.js';
import { intake } from './intake/module.js';
import { messaging } from './messaging/module.js';

export const MODULES: readonly ModuleDefinition[] = [home, intake, dialogue, citizens, messaging, admin];
