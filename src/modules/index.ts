// The application is the sum of its modules. Adding a capability is adding a folder and one line here.
import type { ModuleDefinition } from '../platform/context.js';
import { intake } from './intake/module.js';

export const MODULES: readonly ModuleDefinition[] = [intake];
