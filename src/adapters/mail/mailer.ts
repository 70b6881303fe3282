// Mail over SMTP (nodemailer). SMTP_URL is e.g. smtp://user:pass@smtp.example.dk:587.
// A pool of connections, each kept open for many messages: a burst of receipts is not a TCP and TLS
// handshake per message, and several conversations with the server run side by side.
import nodemailer from 'nodemailer';
import type { Transport } from '../transport.js';

export interface SmtpOptions {
  /** Connections open at once (default 10). */
  maxConnections?: number;
}

export function smtpTransport(smtpUrl: string, from: string, options: SmtpOptions = {}): Transport {
  const mailer = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? 10,
    maxMessages: 500,
    // Well inside the delivery job's expiry (platform/outbox.ts): a stalled server fails the attempt first.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'borgerdialog.invalid';
  return {
    async send(message) {
      await mailer.sendMail({
        from,
        to: message.to,
        subject: message.subject ?? '',
        text: message.text,
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            }
          : {}),
        // One outbox row, one Message-ID: should a crash between the send and its record ever send a row again,
        // the receiving side can tell it is the same message.
        ...(message.outboxId ? { messageId: `<${message.outboxId}@${domain}>` } : {}),
        // Receipts and reminders are automatic: out-of-office replies should not answer them (RFC 3834).
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    async close() {
      mailer.close();
    },
  };
}
