// Survey fixtures for the access matrix: an open survey on a case (its link's token) and, on the same case, an
// answered one flagged to the team lead (its id). Written straight to the tables, as the job would.
import { randomUUID } from 'node:crypto';
import { surveyToken } from '../../src/modules/surveys/index.js';
import { hashToken } from '../../src/platform/tokens.js';
import type { Harness } from './harness.js';

export interface SurveyFixture {
  token: string;
  flagId: string;
}

export async function surveyFixture(h: Harness, caseId: string): Promise<SurveyFixture> {
  const sql = h.ctx.dbh.sql.bind(h.ctx.dbh);
  const [c] = await sql<{ kommune_id: string; department_id: string; area_id: string; case_id: string }>(
    'SELECT kommune_id, department_id, area_id, id AS case_id FROM cases WHERE id = $1',
    [caseId],
  );
  const now = h.clock.now();
  const expires = new Date(now.getTime() + 14 * 86_400_000);
  // The survey requests are one per case: the open one sits on a case of its own, a copy of the fixture's.
  const [open] = await sql<{ id: string }>(
    `INSERT INTO cases (kommune_id, number, kind, state, channel, area_id, department_id, citizen_id, description,
                        received_at, received_on, first_contact_due, tracking_token_hash, closed_at)
     SELECT kommune_id, number || '-s', kind, 'closed', channel, area_id, department_id, citizen_id, description,
            received_at, received_on, first_contact_due, tracking_token_hash || '-s', $2
       FROM cases WHERE id = $1 RETURNING id`,
    [caseId, now],
  );
  const openId = randomUUID();
  const flaggedId = randomUUID();
  for (const [id, onCase] of [
    [openId, open!.id],
    [flaggedId, caseId],
  ] as const)
    await sql(
      `INSERT INTO survey_requests (id, kommune_id, case_id, token_hash, channel, requested_at, expires_at, answered_at)
       VALUES ($1, $2, $3, $4, 'mail', $5, $6, $7)`,
      [
        id,
        c!.kommune_id,
        onCase,
        hashToken(surveyToken(h.ctx.config.appSecret, id)),
        now,
        expires,
        id === flaggedId ? now : null,
      ],
    );
  const [flag] = await sql<{ id: string }>(
    `INSERT INTO survey_answers (kommune_id, request_id, case_id, department_id, area_id, answered_at, heard,
                                 understood, fair, overall, still_disagree, comment, flagged)
     VALUES ($1, $2, $3, $4, $5, $6, 2, 2, 2, 1, true, NULL, true) RETURNING id`,
    [c!.kommune_id, flaggedId, caseId, c!.department_id, c!.area_id, now],
  );
  return { token: surveyToken(h.ctx.config.appSecret, openId), flagId: flag!.id };
}
