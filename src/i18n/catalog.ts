// Every message set, for the server pages and the staff app alike (pure data, no server code): the common
// words, then each module's own, installed by the module lists (src/modules/index.ts on the server,
// src/modules/ui.ts in the browser) from what each module declares.
import { commonMessages } from './common.js';
import type { MessageSet } from './index.js';

const installed = new Map<string, readonly MessageSet[]>(); // by module name

/** The catalog: updated in place as modules are installed, so a translator made later sees them all. */
export const CATALOG: readonly MessageSet[] = [commonMessages];

/** Installs a module's messages (again: replaces them). */
export function installMessages(moduleName: string, sets: readonly MessageSet[]): void {
  installed.set(moduleName, sets);
  const all = CATALOG as MessageSet[];
  all.length = 0;
  all.push(commonMessages, ...[...installed.values()].flat());
}
