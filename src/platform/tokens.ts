import { createHash, createHmac, randomBytes } from 'node:crypto';

/** An unguessable token (256 bits), URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Only hashes of tokens are stored, so a database leak does not hand out sessions or tracking links. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** A tracking token derived from the case id with a server secret: unguessable, yet reproducible for an idempotent repeat. */
export const trackingToken = (secret: Buffer, caseId: string): string =>
  createHmac('sha256', secret).update(`track:${caseId}`).digest('base64url');
