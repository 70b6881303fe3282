// End-to-end tests: the BUILT app (`npm run build` first) on a fresh PGlite database with demo data,
// driven by the system Chromium — Playwright never downloads a browser here.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  // One server, one database: tests share it, so run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous: axe on a long page takes seconds when the machine is busy.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'bash test/e2e/serve.sh',
    url: `${baseURL}/healthz`,
    // A stale server would carry an old database; always start our own.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Let the server close its database cleanly before the temp dir is wiped next time.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      // Empty DATABASE_URL means PGlite, whatever the surrounding shell has set.
      DATABASE_URL: '',
      DATA_DIR: process.env.E2E_DATA_DIR ?? join(tmpdir(), `borgerdialog-e2e-${port}`),
      SEED_DEMO: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // The survey after closure goes at the job's next run, not an hour later (test/e2e/surveys.spec.ts).
      SURVEY_DELAY_MINUTES: '0',
      // One client address logs in as every demo role in turn, far more often than a person would.
      LOGIN_RATE_LIMIT: '1000',
    },
  },
});
