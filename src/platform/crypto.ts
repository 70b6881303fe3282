// CPR at rest: AES-256-GCM with a key from the environment, plus a keyed hash (HMAC) for look-up,
// so equal numbers can be matched without ever being stored in clear.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(
    '.',
  );
}

export function decryptSecret(key: Buffer, sealed: string): string {
  const [v, iv, tag, data] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || !data) throw new Error('Unknown ciphertext format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}

export const keyedHash = (key: Buffer, value: string): string =>
  createHmac('sha256', key).update(`cpr:${value}`).digest('base64url');
