// Which transport carries each channel: the configured SMTP server and SMS gateway, or else the dev mailbox,
// so the demo works offline and nothing is sent by accident from a developer's machine.
import { smtpTransport } from '../../adapters/mail/mailer.js';
import { httpSmsTransport } from '../../adapters/sms/sms.js';
import type { MessageChannel, Transport } from '../../adapters/transport.js';
import type { AppContext } from '../../platform/context.js';
import { insertDevMailbox } from './queries.js';

export type Transports = Record<MessageChannel, Transport>;

export function devMailboxTransport(ctx: AppContext): Transport {
  return { send: (message) => insertDevMailbox(ctx, message) };
}

export function createTransports(ctx: AppContext): Transports {
  const { smtpUrl, mailFrom, sms } = ctx.config;
  return {
    mail: smtpUrl ? smtpTransport(smtpUrl, mailFrom) : devMailboxTransport(ctx),
    sms: sms ? httpSmsTransport(sms) : devMailboxTransport(ctx),
  };
}

// One set per application context, made on first use by the delivery worker.
const made = new WeakMap<AppContext, Transports>();

export function transportsFor(ctx: AppContext): Transports {
  let t = made.get(ctx);
  if (!t) {
    t = createTransports(ctx);
    made.set(ctx, t);
  }
  return t;
}

/** Closes the context's transports (the SMTP pool), if any were made. */
export async function closeTransports(ctx: AppContext): Promise<void> {
  const t = made.get(ctx);
  made.delete(ctx);
  if (t) await Promise.all([t.mail.close?.(), t.sms.close?.()]);
}
