// Reads and registrations of personal data leave an audit row with who, what, why and the client address:
// the agreements of a case (free text about the citizen), and a staff registration with a CPR number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

interface AuditRow {
  user_id: string | null;
  action: string;
  subject_type: string;
  case_id: string | null;
  citizen_id: string | null;
  purpose: string;
  ip: string | null;
}

const CLIENT = { remoteAddress: '198.51.100.23' };

describe('audit of agreements and registrations', () => {
  let h: Harness;
  let caseworker: Record<string, string>;
  let reception: Record<string, string>;

  beforeAll(async () => {
    h = await startHarness();
    caseworker = await bearer(h.app, 'caseworker@koege.demo');
    reception = await bearer(h.app, 'reception@koege.demo');
  });
  afterAll(() => h?.close());

  const auditOf = (caseId: string) =>
    h.ctx.dbh.sql<AuditRow>(
      `SELECT user_id, action, subject_type, case_id, citizen_id, purpose, ip FROM audit_log
       WHERE case_id = $1 ORDER BY at, id`,
      [caseId],
    );
  const caseOf = async (number: string) => {
    const [c] = await h.ctx.dbh.sql<{ id: string; citizen_id: string }>(
      'SELECT id, citizen_id FROM cases WHERE number = $1',
      [number],
    );
    if (!c) throw new Error(`no case ${number}`);
    return c;
  };

  it('writes an audit row when the agreements of a case are read', async () => {
    const made = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission(),
    });
    const { caseNumber } = made.json() as { caseNumber: string };
    const c = await caseOf(caseNumber);

    const res = await h.app.inject({
      url: `/api/v1/cases/${caseNumber}/agreements`,
      headers: caseworker,
      ...CLIENT,
    });
    expect(res.statusCode, res.body).toBe(200);

    // Intake wrote its own row (at the same instant); the read adds exactly one more.
    const rows = (await auditOf(c.id)).filter((r) => r.action === 'read');
    expect(rows).toEqual([
      {
        user_id: h.koege.users['caseworker@koege.demo'],
        action: 'read',
        subject_type: 'agreements',
        case_id: c.id,
        citizen_id: c.citizen_id,
        purpose: 'sagsbehandling',
        ip: CLIENT.remoteAddress,
      },
    ]);
  });

  it('writes no audit row when the read is refused', async () => {
    const made = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ email: 'anden@eksempel.invalid' }),
    });
    const { caseNumber } = made.json() as { caseNumber: string };
    const c = await caseOf(caseNumber);
    const before = (await auditOf(c.id)).length;
    const res = await h.app.inject({ url: `/api/v1/cases/${caseNumber}/agreements`, ...CLIENT });
    expect(res.statusCode).toBe(401);
    expect(await auditOf(c.id)).toHaveLength(before);
  });

  it('records the client address with a staff registration that carries a CPR number', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: reception,
      ...CLIENT,
      payload: {
        kind: 'complaint',
        area: 'hjaelpemidler',
        channel: 'phone',
        decisionDate: '2026-11-20',
        description: 'Borgeren ringede om afslag på rollator og er utilfreds med ventetiden.',
        name: 'Testborger Telefon',
        phone: '31 32 33 34',
        cpr: '010190-1234',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = await caseOf((res.json() as { caseNumber: string }).caseNumber);
    expect(await auditOf(c.id)).toEqual([
      {
        user_id: h.koege.users['reception@koege.demo'],
        action: 'create',
        subject_type: 'citizen',
        case_id: c.id,
        citizen_id: c.citizen_id,
        purpose: 'registrering',
        ip: CLIENT.remoteAddress,
      },
    ]);
  });
});
