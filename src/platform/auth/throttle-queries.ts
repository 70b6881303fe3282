// The SQL of login throttling: failures per account, the lock, and the addresses an account has logged in from.
import type { SqlRunner } from '../../adapters/db/client.js';

export interface ThrottleState {
  locked_until: Date | string | null;
  known_address: boolean;
}

export const readThrottle = async (sql: SqlRunner, userId: string, ip: string): Promise<ThrottleState> => {
  const [row] = await sql<ThrottleState>(
    `SELECT (SELECT locked_until FROM login_throttle WHERE user_id = $1) AS locked_until,
       EXISTS (SELECT 1 FROM login_known_addresses WHERE user_id = $1 AND ip = $2) AS known_address`,
    [userId, ip],
  );
  return row ?? { locked_until: null, known_address: false };
};

/**
 * Counts one failure; at `threshold` the account is locked until `lockUntil` and the count starts again.
 * Returns true when this failure set the lock. Row-locked, so parallel failures count one by one.
 */
export async function countFailure(
  sql: SqlRunner,
  a: { userId: string; kommuneId: string; at: Date; threshold: number; lockUntil: Date },
): Promise<boolean> {
  const [row] = await sql<{ locked: boolean }>(
    `INSERT INTO login_throttle AS t (user_id, kommune_id, failures, last_failure_at)
     VALUES ($1, $2, 1, $3)
     ON CONFLICT (user_id) DO UPDATE SET failures = t.failures + 1, last_failure_at = $3
     RETURNING failures >= $4 AS locked`,
    [a.userId, a.kommuneId, a.at, a.threshold],
  );
  if (!row?.locked) return false;
  await sql('UPDATE login_throttle SET failures = 0, locked_until = $2 WHERE user_id = $1', [
    a.userId,
    a.lockUntil,
  ]);
  return true;
}

/** A successful login: the count and any lock are cleared, and the address is remembered. */
export async function recordSuccess(
  sql: SqlRunner,
  a: { userId: string; kommuneId: string; ip: string; at: Date },
): Promise<void> {
  await sql('UPDATE login_throttle SET failures = 0, locked_until = NULL WHERE user_id = $1', [a.userId]);
  await sql(
    `INSERT INTO login_known_addresses (user_id, kommune_id, ip, last_login_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, ip) DO UPDATE SET last_login_at = $4`,
    [a.userId, a.kommuneId, a.ip, a.at],
  );
}

/** The account holder is told by mail, through the outbox like every other message. */
export async function queueLockNotice(
  sql: SqlRunner,
  a: { kommuneId: string; email: string; params: Record<string, string> },
): Promise<void> {
  await sql(
    `INSERT INTO outbox (kommune_id, channel, recipient, template, params, locale)
     VALUES ($1, 'mail', $2, 'auth.locked', $3::jsonb, 'da')`,
    [a.kommuneId, a.email, JSON.stringify(a.params)],
  );
}
