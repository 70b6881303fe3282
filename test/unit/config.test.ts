import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.js';

const KEY = 'ab'.repeat(32);
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};

describe('configuration', () => {
  it('starts from the documented defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      production: false,
      port: 3000,
      host: '0.0.0.0',
      databasePoolSize: 4,
      publicUrl: 'http://localhost:3000',
      sessionHours: 10,
      intakeRateLimitPerMinute: 30,
      seedDemo: true,
      jobs: true,
      trustProxy: false,
      logLevel: 'info',
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.sms).toBeUndefined();
    expect(c.cprKey).toHaveLength(32);
  });

  it('reads good values', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db.internal:5432/borgerdialog',
      DATABASE_POOL_SIZE: '8',
      PUBLIC_URL: 'https://klage.koege.dk/',
      CPR_KEY: KEY,
      APP_SECRET: Buffer.alloc(32, 7).toString('base64'),
      SESSION_HOURS: '7.5',
      SEED_DEMO: 'false',
      JOBS: 'false',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      SMS_URL: 'https://sms.example.invalid/send',
      SMS_TOKEN: 'token',
    });
    expect(c).toMatchObject({
      port: 8080,
      databasePoolSize: 8,
      publicUrl: 'https://klage.koege.dk',
      sessionHours: 7.5,
      seedDemo: false,
      jobs: false,
      trustProxy: true,
      logLevel: 'warn',
      sms: { url: 'https://sms.example.invalid/send', token: 'token', sender: 'Kommunen' },
    });
    expect(c.cprKey.toString('hex')).toBe(KEY);
    expect(c.appSecret).toEqual(Buffer.alloc(32, 7));
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['PORT', '30.5'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['CPR_KEY', 'ab'.repeat(16)],
    ['CPR_KEY', 'not a key'],
    ['APP_SECRET', Buffer.alloc(31).toString('base64')],
    ['SESSION_HOURS', '-1'],
    ['SESSION_HOURS', '0'],
    ['INTAKE_RATE_LIMIT', '-5'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'yes'],
    ['JOBS', '0'],
    ['TRUST_PROXY', 'TRUE'],
    ['PUBLIC_URL', 'klage.koege.dk'],
    ['DATABASE_URL', 'mysql://db/borgerdialog'],
    ['SMTP_URL', 'mail.example.invalid'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} must be `));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      /Invalid configuration:\n {2}PORT must be a whole number from 1 to 65535 \(got "abc"\)\n {2}LOG_LEVEL must be one of fatal/,
    );
  });

  it('never repeats a URL in the message, which may hold a password', () => {
    const [problem] = problemsOf({ SMTP_URL: 'ftp://user:s3cret@mail.example.invalid' });
    expect(problem).toBe('SMTP_URL must be a URL starting with smtp:// or smtps://');
  });

  it('needs the SMS token with the SMS gateway', () => {
    expect(problemsOf({ SMS_URL: 'https://sms.example.invalid' })).toEqual([
      'SMS_TOKEN must be set when SMS_URL is set',
    ]);
  });

  it('requires both keys in production, and refuses demo data there', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'CPR_KEY must be set when NODE_ENV=production (openssl rand -hex 32)',
      'APP_SECRET must be set when NODE_ENV=production (openssl rand -hex 32)',
    ]);
    const c = loadConfig({ NODE_ENV: 'production', CPR_KEY: KEY, APP_SECRET: KEY, SEED_DEMO: 'true' });
    expect(c.seedDemo).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
