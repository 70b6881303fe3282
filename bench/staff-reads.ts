// The caseworker's reads (--reads): the department queue and opening a case, as caseworker@koege.demo with
// a Bearer token. Opening is spread over real open cases of the department, so a run does not read the same
// few rows from cache all the time.
import pg from 'pg';
import { databaseUrl } from './database.js';
import { httpLoad } from './http-load.js';
import type { LoadResult } from './stats.js';

export const READER = 'caseworker@koege.demo';
const PASSWORD = 'demo1234'; // the demo users' password (README)
const SAMPLE = 2_000; // open cases to spread the case reads over

export interface StaffReads {
  token: string;
  area: string; // one area code of the department, for the filtered queue
  caseNumbers: string[];
}

/** A Bearer token from the app, as an integration gets one. */
async function login(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: READER, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login as ${READER}: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** The reader's first area (by code) and a fixed, evenly spread sample of the department's open cases. */
async function fromDatabase(db: string): Promise<Omit<StaffReads, 'token'>> {
  const c = new pg.Client({ connectionString: databaseUrl(db) });
  await c.connect();
  try {
    const who = `SELECT kommune_id, department_id FROM users WHERE email = $1`;
    const areas = await c.query<{ code: string }>(
      `SELECT a.code FROM areas a JOIN (${who}) u USING (kommune_id, department_id) ORDER BY a.code LIMIT 1`,
      [READER],
    );
    const open = await c.query<{ number: string }>(
      `SELECT c.number FROM cases c JOIN (${who}) u USING (kommune_id, department_id)
       WHERE c.state <> 'closed' ORDER BY md5(c.number) LIMIT ${SAMPLE}`,
      [READER],
    );
    const area = areas.rows[0]?.code;
    if (!area) throw new Error(`${READER} has no department with areas`);
    return { area, caseNumbers: open.rows.map((r) => r.number) };
  } finally {
    await c.end();
  }
}

export async function prepareStaffReads(baseUrl: string, db: string): Promise<StaffReads> {
  return { token: await login(baseUrl), ...(await fromDatabase(db)) };
}

export interface ReadTarget {
  name: string;
  measure: (seconds: number) => Promise<LoadResult>;
}

/** Queue (default page, one area, mine) and opening a case; with no open cases, the case target is left out. */
export function staffReadTargets(baseUrl: string, r: StaffReads, connections: number): ReadTarget[] {
  const headers = { authorization: `Bearer ${r.token}` };
  const get = (path: string, paths?: string[]) => (seconds: number) =>
    httpLoad({ url: `${baseUrl}${path}`, connections, seconds, headers, ...(paths ? { paths } : {}) });
  const targets: ReadTarget[] = [
    { name: 'queue (default page)', measure: get('/api/v1/cases') },
    { name: `queue (area=${r.area})`, measure: get(`/api/v1/cases?area=${r.area}`) },
    { name: 'queue (mine=true)', measure: get('/api/v1/cases?mine=true') },
  ];
  if (r.caseNumbers.length > 0) {
    const paths = r.caseNumbers.map((n) => `/api/v1/cases/${n}`);
    targets.push({ name: `open a case (${paths.length} open cases)`, measure: get(paths[0]!, paths) });
  }
  return targets;
}
