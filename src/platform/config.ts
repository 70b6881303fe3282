// All settings come from the environment; secrets never from files in the repo. They are parsed and checked
// once, at start: a bad value stops the start with a message naming the variable, rather than surfacing later
// as a puzzling failure (NaN ports, sessions that never expire, an unreadable key).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  production: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  /** PostgreSQL connections per process. Few is fast: the hot writes queue on one counter row anyway. */
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
  /** Logins (and token requests) per minute per client address; the per-account throttle is separate. */
  loginRateLimitPerMinute: number;
  /** How many days the link of a satisfaction survey after closure stays valid. */
  surveyValidDays: number;
  /** Minutes after closing before a case's satisfaction survey is sent (0: at the job's next run). */
  surveyDelayMinutes: number;
  /**
   * The kommune (kommunekode) whose analysts are the shared service: they alone may read the effect figures of
   * all kommuner at once (the national view). Null: nobody may.
   */
  sharedServiceKommune: string | null;
  /** Seed demo data on an empty database (refused in production). */
  seedDemo: boolean;
  /** Run the outbox relay and job workers in this process. */
  jobs: boolean;
  /** Behind a reverse proxy: client addresses come from X-Forwarded-For. */
  trustProxy: boolean;
  logLevel: LogLevel;
}

/** Every bad setting at once, each line naming its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads one variable at a time, collecting what is wrong instead of stopping at the first problem. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  /** The raw value; an empty string counts as unset. */
  raw(name: string): string | undefined {
    const v = this.env[name];
    return v === undefined || v === '' ? undefined : v;
  }

  private bad(name: string, expected: string, value: string): undefined {
    this.problems.push(`${name} must be ${expected} (got ${JSON.stringify(value)})`);
    return undefined;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  /** A kommunekode (three digits), or null when unset. */
  kommunekode(name: string): string | null {
    const v = this.raw(name);
    if (v === undefined) return null;
    return /^\d{3}$/.test(v) ? v : (this.bad(name, 'a kommunekode of three digits', v) ?? null);
  }

  integer(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const n = /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    return this.bad(name, `a whole number ${range}`, v) ?? fallback;
  }

  positive(name: string, fallback: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const n = /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : Number.NaN;
    if (n > 0) return n;
    return this.bad(name, 'a number greater than 0', v) ?? fallback;
  }

  boolean(name: string, fallback: boolean): boolean {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if (v === 'true') return true;
    if (v === 'false') return false;
    return this.bad(name, '"true" or "false"', v) ?? fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.bad(name, `one of ${allowed.join(', ')}`, v) ?? fallback;
  }

  url(name: string, protocols: readonly string[]): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    try {
      if (protocols.includes(new URL(v).protocol)) return v;
    } catch {
      // not a URL at all
    }
    // The value may hold a password: name the variable, not the value.
    this.problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    return undefined;
  }

  /** A 32-byte key, 64 hex characters or base64; a fixed development key when unset outside production. */
  secret(name: string, production: boolean): Buffer {
    const v = this.raw(name);
    if (v !== undefined) {
      const hex = /^[0-9a-f]{64}$/i.test(v);
      const key = Buffer.from(v, hex ? 'hex' : 'base64');
      if (hex || (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && key.length === 32)) return key;
      this.problems.push(`${name} must be 32 bytes: 64 hex characters or base64 (openssl rand -hex 32)`);
    } else if (production) {
      this.problems.push(`${name} must be set when NODE_ENV=production (openssl rand -hex 32)`);
    }
    // Development only: a fixed, public key. Demo data holds no real persons or CPR numbers.
    return createHash('sha256').update(`borgerdialog-development-only:${name}`).digest();
  }
}

/** Parses and checks the whole configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const r = new Reader(env);
  const production = env.NODE_ENV === 'production';
  const port = r.integer('PORT', 3000, 1, 65535);
  const publicUrl = r.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const smsUrl = r.url('SMS_URL', ['http:', 'https:']);
  const smsToken = r.raw('SMS_TOKEN');
  if (smsUrl && !smsToken) r.problems.push('SMS_TOKEN must be set when SMS_URL is set');
  const config: Config = {
    production,
    port,
    host: r.string('HOST', '0.0.0.0'),
    databaseUrl: r.url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: r.integer('DATABASE_POOL_SIZE', 4, 1, 1000),
    dataDir: r.string('DATA_DIR', join(projectRoot(), 'data')),
    webDist: r.string('WEB_DIST', join(projectRoot(), 'dist/web')),
    publicUrl: publicUrl.replace(/\/$/, ''),
    smtpUrl: r.url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: r.string('MAIL_FROM', 'Borgerdialog <noreply@borgerdialog.invalid>'),
    sms:
      smsUrl && smsToken
        ? { url: smsUrl, token: smsToken, sender: r.string('SMS_SENDER', 'Kommunen') }
        : undefined,
    cprKey: r.secret('CPR_KEY', production),
    appSecret: r.secret('APP_SECRET', production),
    sessionHours: r.positive('SESSION_HOURS', 10),
    intakeRateLimitPerMinute: r.integer('INTAKE_RATE_LIMIT', 30, 1),
    loginRateLimitPerMinute: r.integer('LOGIN_RATE_LIMIT', 10, 1),
    surveyValidDays: r.integer('SURVEY_VALID_DAYS', 14, 1, 365),
    surveyDelayMinutes: r.integer('SURVEY_DELAY_MINUTES', 60, 0, 7 * 24 * 60),
    sharedServiceKommune: r.kommunekode('SHARED_SERVICE_KOMMUNE'),
    seedDemo: r.boolean('SEED_DEMO', true) && !production,
    jobs: r.boolean('JOBS', true),
    trustProxy: r.boolean('TRUST_PROXY', false),
    logLevel: r.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}
