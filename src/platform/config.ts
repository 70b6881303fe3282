// All settings come from the environment; secrets never from files in the repo.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export interface Config {
  production: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  /** PostgreSQL connections per process. Few is fast: intake's transactions queue on one counter row anyway. */
  databasePoolSize: number;
  dataDir: string;
  /** The built staff app (Vite output) served at /staff/. */
  webDist: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  sms?: { url: string; token: string; sender: string };
  /** 32-byte key for AES-256-GCM encryption of CPR numbers and for their keyed hash. */
  cprKey: Buffer;
  /** Key for deriving tracking tokens (HMAC), so a repeated request can be answered with the same link. */
  appSecret: Buffer;
  sessionHours: number;
  intakeRateLimitPerMinute: number;
  /** Seed demo data on an empty database (refused in production). */
  seedDemo: boolean;
  /** Run the outbox relay and job workers in this process. */
  jobs: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '0.0.0.0';
  return {
    production,
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Number(env.DATABASE_POOL_SIZE ?? 4),
    dataDir: env.DATA_DIR ?? join(projectRoot(), 'data'),
    webDist: env.WEB_DIST ?? join(projectRoot(), 'dist/web'),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Borgerdialog <noreply@borgerdialog.invalid>',
    sms:
      env.SMS_URL && env.SMS_TOKEN
        ? { url: env.SMS_URL, token: env.SMS_TOKEN, sender: env.SMS_SENDER ?? 'Kommunen' }
        : undefined,
    cprKey: secret('CPR_KEY', env.CPR_KEY, production),
    appSecret: secret('APP_SECRET', env.APP_SECRET, production),
    sessionHours: Number(env.SESSION_HOURS ?? 10),
    intakeRateLimitPerMinute: Number(env.INTAKE_RATE_LIMIT ?? 30),
    seedDemo: env.SEED_DEMO !== 'false' && !production,
    jobs: env.JOBS !== 'false',
  };
}

function secret(name: string, raw: string | undefined, production: boolean): Buffer {
  if (raw) {
    const key = Buffer.from(raw, /^[0-9a-f]{64}$/i.test(raw) ? 'hex' : 'base64');
    if (key.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex characters or base64)`);
    return key;
  }
  if (production) throw new Error(`${name} must be set when NODE_ENV=production`);
  // Development only: a fixed, public key. Demo data holds no real persons or CPR numbers.
  return createHash('sha256').update(`borgerdialog-development-only:${name}`).digest();
}
