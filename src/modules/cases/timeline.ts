// Writing the case timeline. Public events become milestones on the citizen's tracking page
// (as a type and a date only — reasons and notes are never shown there). Agreements are shown there apart, from
// the agreements themselves, so their events are not milestones.

import type { Database } from '../../adapters/db/client.js';
import type { DomainEvent } from '../../core/workflow.js';
import { caseEvents } from './tables.js';

// A letter sent to the citizen is shown as the fact and its date only, never its content.
const PUBLIC_EVENTS = new Set(['case_received', 'state_changed', 'first_contact', 'letter_sent']);

export async function appendEvents(
  db: Database,
  c: { id: string; kommuneId: string },
  events: readonly DomainEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await db.insert(caseEvents).values(
    events.map((e) => ({
      kommuneId: c.kommuneId,
      caseId: c.id,
      type: e.type,
      actorId: e.actorId,
      at: e.at,
      public: PUBLIC_EVENTS.has(e.type),
      data: e.data,
    })),
  );
}

export const event = (
  type: string,
  at: Date,
  actorId: string | null,
  data: Record<string, unknown> = {},
): DomainEvent => ({
  type,
  at,
  actorId,
  data,
});

/** `timeline.append(tx, case, events)`: the name the other modules read it by (index.ts). */
export const append = appendEvents;
