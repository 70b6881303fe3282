// A local SMTP server in its own process, for the outbox bench and the kill -9 script: accepts every message,
// counts them per Message-ID (so a message sent twice shows), and answers GET /stats (and /recipients, the
// envelope recipients too) on an HTTP port.
// Prints one line when ready: {"smtpPort":…,"httpPort":…}. Started by bench/outbox.ts and scripts/kill9.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const byMessageId = new Map<string, number>();
const recipients: string[] = [];
let received = 0;
let firstAt = 0;
let lastAt = 0;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 1024 * 1024,
  onData(stream, session, callback) {
    let head = '';
    let inHead = true;
    stream.on('data', (chunk: Buffer) => {
      if (!inHead) return;
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) inHead = false;
    });
    stream.on('end', () => {
      const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `no-id-${received}`;
      byMessageId.set(id, (byMessageId.get(id) ?? 0) + 1);
      received++;
      for (const r of session.envelope.rcptTo) recipients.push(r.address);
      lastAt = Date.now();
      firstAt ||= lastAt;
      callback();
    });
  },
});

// A client killed mid-conversation resets its connection: expected here, and no reason to stop.
smtp.on('error', () => {});

const http = createServer((req, res) => {
  if (req.url === '/reset') {
    byMessageId.clear();
    recipients.length = 0;
    received = 0;
    firstAt = 0;
    lastAt = 0;
  }
  const duplicates = [...byMessageId.entries()].filter(([, n]) => n > 1).map(([id, n]) => ({ id, n }));
  res.writeHead(200, { 'content-type': 'application/json' });
  const body = { received, distinct: byMessageId.size, duplicates, firstAt, lastAt };
  res.end(JSON.stringify(req.url === '/recipients' ? { ...body, recipients } : body));
});

await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as AddressInfo).port;
const httpPort = (http.address() as AddressInfo).port;
process.stdout.write(`${JSON.stringify({ smtpPort, httpPort })}\n`);
