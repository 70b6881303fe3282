// PLACEHOLDER — being replaced by the outbox/pg-boss implementation.
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './context.js';

export async function startJobs(
  _ctx: AppContext,
  _log: FastifyBaseLogger,
): Promise<{ stop(): Promise<void> }> {
  return { stop: async () => {} };
}
