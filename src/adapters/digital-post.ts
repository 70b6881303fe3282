// Digital Post: a letter to a citizen's public mailbox, addressed by CPR. The real transport (through the
// state's Digital Post service) is a later integration; until then the development transport hands every letter
// to a recorder — the caller keeps it, and a staff page shows exactly what would have been sent, PDF included.
import { maskCpr } from '../core/cpr.js';

export interface DigitalPostLetter {
  kommuneId: string;
  /** The caller's own reference (the letter's id), returned in receipts. */
  reference: string;
  recipient: {
    name: string;
    /** The CPR number the real transport addresses; never logged or kept by the development transport. */
    cpr: string;
  };
  subject: string;
  /** The letter as a PDF (tagged, with its fonts embedded). */
  pdf: Uint8Array;
  at: Date;
}

export interface DigitalPostReceipt {
  /** The transport's id of the delivered message. */
  messageId: string;
}

/** Resolves when the letter is accepted for delivery; throws when it is not (nothing was sent). */
export interface DigitalPostTransport {
  readonly name: string;
  send(letter: DigitalPostLetter): Promise<DigitalPostReceipt>;
}

/** What the development transport records: the letter, with the CPR masked (birth date only). */
export type RecordedLetter = Omit<DigitalPostLetter, 'recipient'> & {
  recipient: { name: string; cprMasked: string };
};

/** The development transport: records the letter instead of delivering it, and returns the recorder's id. */
export function devDigitalPost(record: (letter: RecordedLetter) => Promise<string>): DigitalPostTransport {
  return {
    name: 'dev',
    async send(letter) {
      const { recipient, ...rest } = letter;
      const messageId = await record({
        ...rest,
        recipient: { name: recipient.name, cprMasked: maskCpr(recipient.cpr) },
      });
      return { messageId };
    },
  };
}
