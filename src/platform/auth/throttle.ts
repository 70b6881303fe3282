// Per-account login throttling (on top of the per-address rate limit on the login routes).
//
// After LOCK_AFTER_FAILURES wrong passwords in a row for one account — from any addresses — the account is
// locked for LOCK_MINUTES, and the account holder gets a mail saying so. While locked, a login from an address
// the account has not logged in from before is refused without the password even being tried (the same 401 as
// a wrong password, so the answer tells an outsider nothing). Two things keep an attacker from locking an
// account out for good: the lock lifts by itself after LOCK_MINUTES, and it never applies from an address the
// account holder has logged in from before (login_known_addresses) — at the office they get in as usual.
// A successful login clears the count. An outsider thus gets at most 5 guesses per 15 minutes per account.
import type { SqlRunner } from '../../adapters/db/client.js';
import type { AppContext } from '../context.js';
import { countFailure, queueLockNotice, readThrottle, recordSuccess } from './throttle-queries.js';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

const clock = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface Account {
  id: string;
  kommuneId: string;
  email: string;
}

/** True when this login may not even try the password: the account is locked and the address is unknown. */
export async function loginBlocked(ctx: AppContext, account: Account, ip: string): Promise<boolean> {
  const run: SqlRunner = (text, values) => ctx.dbh.sql(text, values);
  const state = await readThrottle(run, account.id, ip);
  if (state.known_address || state.locked_until === null) return false;
  return new Date(state.locked_until).getTime() > ctx.now().getTime();
}

/** A wrong password: counted; the failure that reaches the limit locks the account and mails its holder. */
export async function loginFailed(ctx: AppContext, account: Account): Promise<void> {
  const at = ctx.now();
  const lockUntil = new Date(at.getTime() + LOCK_MINUTES * 60_000);
  await ctx.dbh.transaction(async (sql) => {
    const locked = await countFailure(sql, {
      userId: account.id,
      kommuneId: account.kommuneId,
      at,
      threshold: LOCK_AFTER_FAILURES,
      lockUntil,
    });
    if (locked) {
      await queueLockNotice(sql, {
        kommuneId: account.kommuneId,
        email: account.email,
        params: {
          failures: String(LOCK_AFTER_FAILURES),
          minutes: String(LOCK_MINUTES),
          until: clock.format(lockUntil),
        },
      });
    }
  });
}

export async function loginSucceeded(ctx: AppContext, account: Account, ip: string): Promise<void> {
  await ctx.dbh.transaction((sql) =>
    recordSuccess(sql, { userId: account.id, kommuneId: account.kommuneId, ip, at: ctx.now() }),
  );
}
