import type {} from '@fastify/cookie';
import type {} from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Database, DbHandle } from '../adapters/db/client.js';
import type { Config } from './config.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What every module gets: settings, the database and the clock (injected, so tests control time). */
export interface AppContext {
  config: Config;
  dbh: DbHandle;
  db: Database;
  now: () => Date;
}

export interface JobDefinition {
  queue: string;
  /** How often to run, as a cron expression (pg-boss schedule); omit for queue-fed workers. */
  cron?: string;
  /** Workers polling the queue in this process (default 1). */
  concurrency?: number;
  /** Jobs each worker fetches at once and runs side by side (default 1); each is completed or failed alone. */
  batchSize?: number;
  handler: (ctx: AppContext, data: Record<string, unknown>) => Promise<void>;
  /** Called once the workers have stopped, e.g. to close connections the handler keeps open. */
  stopped?: (ctx: AppContext) => Promise<void>;
}
