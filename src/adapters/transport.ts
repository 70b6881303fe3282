// What the mail and SMS adapters share: one rendered message in, delivered or an error out.

export type MessageChannel = 'mail' | 'sms';

export interface OutgoingMessage {
  kommuneId: string;
  outboxId: string | null;
  channel: MessageChannel;
  to: string; // an e-mail address, or a phone number as +45XXXXXXXX
  subject: string | null; // mail only
  text: string;
  /** Files sent with a mail (e.g. a letter's PDF); SMS carries none. */
  attachments?: readonly Attachment[];
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Resolves when the provider has accepted the message; throws when it has not, so the job is retried. */
export interface Transport {
  send(message: OutgoingMessage): Promise<void>;
  /** Closes connections the transport keeps open between messages. */
  close?(): Promise<void>;
}
