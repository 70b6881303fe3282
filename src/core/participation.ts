// Participation rules (borgerinddragelse), pure: what still stands between a process and its closing, and how
// long the contributors waited for their answer. No I/O; the clock is passed in.
import { type IsoDate, localDate } from './calendar.js';

export const OUTCOMES = ['adopted', 'partly', 'not_adopted', 'outside'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface GroupState {
  id: string;
  title: string;
  outcome: Outcome | null;
  answer: string | null;
  askWhom: string | null;
}

export interface ContributionState {
  id: string;
  status: 'pending' | 'approved' | 'rejected';
  groupId: string | null;
  hasContact: boolean;
  notified: boolean;
}

export type Missing =
  | { kind: 'group_unanswered'; id: string; title: string }
  | { kind: 'contribution_unmoderated'; id: string }
  | { kind: 'contribution_ungrouped'; id: string }
  | { kind: 'contributor_not_notified'; id: string };

/** An answer is complete when it says what is done, and why (or, outside the room, whom to ask). */
export function answerComplete(g: Pick<GroupState, 'outcome' | 'answer' | 'askWhom'>): boolean {
  if (!g.outcome || !g.answer?.trim()) return false;
  if (g.outcome === 'outside') return Boolean(g.askWhom?.trim());
  return true;
}

/**
 * What is missing before a process may be closed: every group has a published answer, every contribution is
 * moderated, every approved one belongs to a group (so it has an answer), and every contributor who left
 * contact details has been told the answer to their own contribution. Empty: it may be closed.
 */
export function closingMissing(
  groups: readonly GroupState[],
  contributions: readonly ContributionState[],
): Missing[] {
  const missing: Missing[] = [];
  for (const g of groups)
    if (!answerComplete(g)) missing.push({ kind: 'group_unanswered', id: g.id, title: g.title });
  for (const c of contributions) {
    if (c.status === 'pending') missing.push({ kind: 'contribution_unmoderated', id: c.id });
    else if (c.status === 'approved' && !c.groupId)
      missing.push({ kind: 'contribution_ungrouped', id: c.id });
    if (c.hasContact && !c.notified && c.status !== 'pending')
      missing.push({ kind: 'contributor_not_notified', id: c.id });
  }
  return missing;
}

/** Days from the end of the hearing to the feedback (the closing), in Danish dates; never below 0. */
export function daysToFeedback(hearingEndsOn: IsoDate, feedbackAt: Date): number {
  const end = Date.parse(`${hearingEndsOn}T00:00:00Z`);
  const fed = Date.parse(`${localDate(feedbackAt)}T00:00:00Z`);
  return Math.max(0, Math.round((fed - end) / 86_400_000));
}

/** The median of a list of numbers; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Whether a process takes contributions on a given day: open, and the hearing not yet over. */
export function takesContributions(p: { status: string; hearingEndsOn: IsoDate }, now: Date): boolean {
  return p.status === 'open' && localDate(now) <= p.hearingEndsOn;
}

// An image attached to a contribution: JPEG or PNG, told by its first bytes (never by its name or the type the
// browser claims), at most 5 MB, and stored without its metadata (EXIF with GPS position and camera, comments,
// text chunks). A JPEG keeps one thing of its EXIF: the orientation, so a phone photo is not shown on its side.
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export type ImageType = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image's type from its magic bytes; null for anything else. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

// JPEG segments that carry metadata: APP1–APP13 and APP15 (EXIF, XMP, IPTC …) and comments. APP0 (JFIF) and
// APP14 (Adobe: how the colours are coded) are kept: the picture needs them.
const isJpegMetadata = (marker: number) =>
  (marker >= 0xe1 && marker <= 0xed) || marker === 0xef || marker === 0xfe;

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // 'Exif\0\0'
const ORIENTATION_TAG = 0x0112;

/**
 * The EXIF orientation (1–8) in an APP1 segment's payload (after its length), read from the first image
 * directory of either byte order; null when the payload is not EXIF, has no valid orientation or does not hold.
 */
export function exifOrientation(payload: Uint8Array): number | null {
  if (payload.length < 14 || !EXIF_HEADER.every((b, i) => payload[i] === b)) return null;
  const tiff = payload.subarray(6);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49; // 'II'
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return null; // nor 'MM'
  const u16 = (at: number) =>
    little
      ? (tiff[at] as number) | ((tiff[at + 1] as number) << 8)
      : ((tiff[at] as number) << 8) | (tiff[at + 1] as number);
  const u32 = (at: number) => (little ? u16(at) + u16(at + 2) * 0x10000 : u16(at) * 0x10000 + u16(at + 2));
  if (u16(2) !== 42) return null;
  const ifd = u32(4);
  if (ifd < 8 || ifd + 2 > tiff.length) return null;
  const entries = u16(ifd);
  for (let n = 0; n < entries; n++) {
    const e = ifd + 2 + n * 12;
    if (e + 12 > tiff.length) return null;
    // The tag, of type SHORT (3) with one value, kept in the entry's first two value bytes.
    if (u16(e) !== ORIENTATION_TAG) continue;
    if (u16(e + 2) !== 3 || u32(e + 4) !== 1) return null;
    const value = u16(e + 8);
    return value >= 1 && value <= 8 ? value : null;
  }
  return null;
}

/**
 * An APP1 segment with nothing but the orientation: 'Exif\0\0', a big-endian TIFF header and one directory
 * holding the one tag; no further directory (so no GPS, camera, time or thumbnail).
 */
export function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0];
  const payload = [...EXIF_HEADER, ...tiff, 0, 0, 0, 0];
  const length = payload.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
}

function stripJpeg(b: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  // Where the orientation goes: after the JFIF segment when there is one, else right after the start.
  let orientationAt = 1;
  let orientation: number | null = null;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] as number;
    if (marker === 0xd9) return null; // an end before any picture data
    const length = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
    if (length < 2 || i + 2 + length > b.length) return null;
    if (marker === 0xda) {
      // Start of scan: the picture data follows to the end of the file, kept as it is.
      out.push(b.subarray(i));
      // The default orientation (1, upright) needs no segment.
      if (orientation !== null && orientation !== 1)
        out.splice(orientationAt, 0, orientationSegment(orientation));
      return concat(out);
    }
    if (marker === 0xe1 && orientation === null)
      orientation = exifOrientation(b.subarray(i + 4, i + 2 + length));
    if (!isJpegMetadata(marker)) {
      out.push(b.subarray(i, i + 2 + length));
      if (marker === 0xe0 && out.length === 2) orientationAt = 2;
    }
    i += 2 + length;
  }
  return null;
}

// PNG chunks that carry metadata: text, compressed and international text, EXIF and the time of last change.
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(b: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  let first = true;
  while (i + 12 <= b.length) {
    const length =
      (((b[i] as number) << 24) |
        ((b[i + 1] as number) << 16) |
        ((b[i + 2] as number) << 8) |
        (b[i + 3] as number)) >>>
      0;
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    const end = i + 12 + length;
    if (end > b.length) return null;
    if (first && type !== 'IHDR') return null;
    first = false;
    if (!PNG_METADATA.has(type)) out.push(b.subarray(i, end));
    if (type === 'IEND') return concat(out);
    i = end;
  }
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type ImageCheck =
  | { ok: true; type: ImageType; bytes: Uint8Array }
  | { ok: false; reason: 'type' | 'size' | 'broken' };

/**
 * An attached image as it may be stored: JPEG or PNG by its magic bytes, at most IMAGE_MAX_BYTES, and its
 * metadata removed. 'type' for anything else, 'size' when too large, 'broken' when its structure does not hold.
 */
export function checkImage(bytes: Uint8Array, max = IMAGE_MAX_BYTES): ImageCheck {
  if (bytes.length > max) return { ok: false, reason: 'size' };
  const type = sniffImage(bytes);
  if (!type) return { ok: false, reason: 'type' };
  const stripped = type === 'image/jpeg' ? stripJpeg(bytes) : stripPng(bytes);
  return stripped ? { ok: true, type, bytes: stripped } : { ok: false, reason: 'broken' };
}
