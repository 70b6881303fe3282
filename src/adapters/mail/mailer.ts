// Mail over SMTP (nodemailer). SMTP_URL is e.g. smtp://user:pass@smtp.example.dk:587.
import nodemailer from 'nodemailer';
import type { Transport } from '../transport.js';

export function smtpTransport(smtpUrl: string, from: string): Transport {
  const mailer = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await mailer.sendMail({
        from,
        to: message.to,
        subject: message.subject ?? '',
        text: message.text,
        // Receipts and reminders are automatic: out-of-office replies should not answer them (RFC 3834).
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
  };
}
