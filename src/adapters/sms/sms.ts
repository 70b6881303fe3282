// SMS through an HTTP gateway: POST {to, from, text, reference} as JSON with a Bearer token; any non-2xx is a
// failure. `reference` (also sent as the Idempotency-Key header) is the outbox row's id: the same message keeps
// the same reference on every attempt, so a gateway that de-duplicates by it never texts a citizen twice, and
// a delivery report can be matched to its row.
import type { Transport } from '../transport.js';

export interface SmsSettings {
  url: string;
  token: string;
  sender: string; // the name the citizen sees, e.g. 'KoegeKom'
}

const TIMEOUT_MS = 15_000;

export function httpSmsTransport(settings: SmsSettings): Transport {
  return {
    async send(message) {
      const res = await fetch(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${settings.token}`,
          ...(message.outboxId ? { 'idempotency-key': message.outboxId } : {}),
        },
        body: JSON.stringify({
          to: message.to,
          from: settings.sender,
          text: message.text,
          ...(message.outboxId ? { reference: message.outboxId } : {}),
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      // The response body is not read into the error: a gateway may echo the message text back.
      await res.body?.cancel();
      if (!res.ok) throw new Error(`SMS gateway answered HTTP ${res.status}`);
    },
  };
}
