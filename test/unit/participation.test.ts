// The pure participation rules (src/core/participation.ts): what blocks the closing, the days to feedback, and
// which attached images may be stored (and without what, keeping a photo's orientation).
import { describe, expect, it } from 'vitest';
import {
  answerComplete,
  type ContributionState,
  checkImage,
  closingMissing,
  daysToFeedback,
  exifOrientation,
  type GroupState,
  median,
  orientationSegment,
  sniffImage,
  takesContributions,
} from '../../src/core/participation.js';

const group = (over: Partial<GroupState> = {}): GroupState => ({
  id: 'g1',
  title: 'Trafik',
  outcome: 'adopted',
  answer: 'We do it.',
  askWhom: null,
  ...over,
});
const contribution = (over: Partial<ContributionState> = {}): ContributionState => ({
  id: 'c1',
  status: 'approved',
  groupId: 'g1',
  hasContact: true,
  notified: true,
  ...over,
});

describe('answerComplete', () => {
  it.each([
    [{ outcome: null, answer: 'x', askWhom: null }, false],
    [{ outcome: 'adopted', answer: ' ', askWhom: null }, false],
    [{ outcome: 'not_adopted', answer: 'because', askWhom: null }, true],
    [{ outcome: 'partly', answer: 'half', askWhom: null }, true],
    [{ outcome: 'outside', answer: 'not ours', askWhom: null }, false],
    [{ outcome: 'outside', answer: 'not ours', askWhom: 'Region' }, true],
  ] as const)('%o → %s', (g, ok) => {
    expect(answerComplete(g)).toBe(ok);
  });
});

describe('closingMissing', () => {
  it('is empty when every group is answered and every contributor told', () => {
    expect(
      closingMissing(
        [group()],
        [contribution(), contribution({ id: 'c2', hasContact: false, notified: false })],
      ),
    ).toEqual([]);
  });
  it('lists every group without an answer, every unmoderated, ungrouped and untold contribution', () => {
    const missing = closingMissing(
      [group({ outcome: null, answer: null }), group({ id: 'g2', title: 'Skole' })],
      [
        contribution({ id: 'p', status: 'pending', notified: false }),
        contribution({ id: 'u', groupId: null, hasContact: false, notified: false }),
        contribution({ id: 'n', notified: false }),
        contribution({ id: 'r', status: 'rejected', groupId: null, notified: false }),
        contribution({ id: 'ok' }),
      ],
    );
    expect(missing).toEqual([
      { kind: 'group_unanswered', id: 'g1', title: 'Trafik' },
      { kind: 'contribution_unmoderated', id: 'p' },
      { kind: 'contribution_ungrouped', id: 'u' },
      { kind: 'contributor_not_notified', id: 'n' },
      { kind: 'contributor_not_notified', id: 'r' },
    ]);
  });
  it('does not ask a rejected contribution to be grouped', () => {
    expect(closingMissing([], [contribution({ status: 'rejected', groupId: null })])).toEqual([]);
  });
});

describe('daysToFeedback', () => {
  it('counts Danish calendar days from the end of the hearing', () => {
    expect(daysToFeedback('2026-11-01', new Date('2026-11-15T10:00:00Z'))).toBe(14);
    // 23:30 UTC on 14 November is already 15 November in Copenhagen.
    expect(daysToFeedback('2026-11-01', new Date('2026-11-14T23:30:00Z'))).toBe(14);
  });
  it('is 0 for feedback before the hearing ended', () => {
    expect(daysToFeedback('2026-11-20', new Date('2026-11-15T10:00:00Z'))).toBe(0);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ] as const)('%o → %s', (v, m) => {
    expect(median(v)).toBe(m);
  });
});

describe('takesContributions', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it.each([
    [{ status: 'open', hearingEndsOn: '2026-11-30' }, true],
    [{ status: 'open', hearingEndsOn: '2026-11-29' }, false],
    [{ status: 'draft', hearingEndsOn: '2026-12-30' }, false],
    [{ status: 'closed', hearingEndsOn: '2026-12-30' }, false],
  ] as const)('%o → %s', (p, ok) => {
    expect(takesContributions(p, now)).toBe(ok);
  });
});

// Synthetic images: the segment and chunk structure only (no picture is decoded).
const seg = (marker: number, payload: number[]) => {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 255, ...payload];
};
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const jpeg = (...segments: number[][]) =>
  new Uint8Array([
    0xff,
    0xd8,
    ...segments.flat(),
    ...seg(0xda, [1, 1, 0, 0, 0x3f, 0]),
    0x12,
    0x34,
    0xff,
    0xd9,
  ]);
const chunk = (type: string, data: number[]) => [
  0,
  0,
  data.length >> 8,
  data.length & 255,
  ...ascii(type),
  ...data,
  0,
  0,
  0,
  0,
];
const png = (...chunks: number[][]) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunks.flat()]);
const IHDR = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text));

describe('checkImage', () => {
  const JFIF = seg(0xe0, ascii('JFIF\0'));
  const EXIF = seg(0xe1, ascii('Exif\0\0GPS 55.4N 12.2E'));
  const COMMENT = seg(0xfe, ascii('taget af Anna'));

  it('knows JPEG and PNG by their first bytes, whatever the name', () => {
    expect(sniffImage(jpeg(JFIF))).toBe('image/jpeg');
    expect(sniffImage(png(IHDR, chunk('IEND', [])))).toBe('image/png');
    expect(sniffImage(new Uint8Array(ascii('GIF89a')))).toBeNull();
    expect(sniffImage(new Uint8Array(ascii('<svg xmlns=')))).toBeNull();
    expect(sniffImage(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });

  it('removes EXIF and comments from a JPEG and keeps JFIF and the picture data', () => {
    const r = checkImage(jpeg(JFIF, EXIF, COMMENT, seg(0xdb, [0, 1, 2])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.type).toBe('image/jpeg');
    expect(has(r.bytes, 'GPS')).toBe(false);
    expect(has(r.bytes, 'Anna')).toBe(false);
    expect(has(r.bytes, 'JFIF')).toBe(true);
    expect([...r.bytes.slice(-4)]).toEqual([0x12, 0x34, 0xff, 0xd9]);
    expect(r.bytes.length).toBe(jpeg(JFIF, seg(0xdb, [0, 1, 2])).length);
  });

  // A phone's EXIF, synthetic: the first directory has the camera (Make, at an offset), the orientation and a
  // pointer to a GPS directory with the latitude's reference and the position as text.
  const phoneExif = (little: boolean, orientation: number) => {
    const u16 = (v: number) => (little ? [v & 255, v >> 8] : [v >> 8, v & 255]);
    const u32 = (v: number) =>
      little ? [...u16(v & 0xffff), ...u16(v >>> 16)] : [...u16(v >>> 16), ...u16(v & 0xffff)];
    const entry = (tag: number, type: number, count: number, value: number[]) => [
      ...u16(tag),
      ...u16(type),
      ...u32(count),
      ...value,
      ...Array(4 - value.length).fill(0),
    ];
    const make = ascii('Phonecam X\0');
    // Header 8, directory 2 + 3 × 12 + 4 = 42 → the GPS directory at 50, the camera's name after it.
    const gpsAt = 8 + 42;
    const gps = [...u16(1), ...entry(0x0001, 2, 2, ascii('N\0')), ...u32(0)];
    const makeAt = gpsAt + gps.length;
    const tiff = [
      ...(little ? [0x49, 0x49] : [0x4d, 0x4d]),
      ...u16(42),
      ...u32(8),
      ...u16(3),
      ...entry(0x010f, 2, make.length, u32(makeAt)),
      ...entry(0x0112, 3, 1, u16(orientation)),
      ...entry(0x8825, 4, 1, u32(gpsAt)),
      ...u32(0),
      ...gps,
      ...make,
      ...ascii('GPS 55.6761N 12.5683E'),
    ];
    return seg(0xe1, [...ascii('Exif\0\0'), ...tiff]);
  };

  it.each([true, false])('keeps only the orientation of a photo’s EXIF (little-endian: %s)', (little) => {
    const XMP = seg(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS</x:xmpmeta>'));
    const r = checkImage(jpeg(JFIF, XMP, phoneExif(little, 6), COMMENT, seg(0xdb, [0, 1, 2])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(has(r.bytes, 'GPS')).toBe(false);
    expect(has(r.bytes, 'Phonecam')).toBe(false);
    expect(has(r.bytes, 'xmpmeta')).toBe(false);
    expect(has(r.bytes, 'Anna')).toBe(false);
    // SOI, JFIF, then the one-tag EXIF segment, then the rest as before.
    const app1 = orientationSegment(6);
    expect([...r.bytes.subarray(2 + JFIF.length, 2 + JFIF.length + app1.length)]).toEqual([...app1]);
    expect(exifOrientation(app1.subarray(4))).toBe(6);
    expect(r.bytes.length).toBe(jpeg(JFIF, seg(0xdb, [0, 1, 2])).length + app1.length);
    expect([...r.bytes.slice(-4)]).toEqual([0x12, 0x34, 0xff, 0xd9]);
  });

  it('reads the orientation of either byte order and writes none for upright or an unreadable one', () => {
    for (const o of [1, 3, 6, 8]) {
      expect(exifOrientation(new Uint8Array(phoneExif(true, o).slice(4)))).toBe(o);
      expect(exifOrientation(new Uint8Array(phoneExif(false, o).slice(4)))).toBe(o);
    }
    expect(exifOrientation(new Uint8Array(phoneExif(true, 9).slice(4)))).toBeNull();
    expect(exifOrientation(new Uint8Array(ascii('Exif\0\0II*\0')))).toBeNull();
    const plain = jpeg(JFIF, seg(0xdb, [0, 1, 2])).length;
    for (const o of [1, 9]) {
      const r = checkImage(jpeg(JFIF, phoneExif(true, o), seg(0xdb, [0, 1, 2])));
      expect(r.ok && r.bytes.length).toBe(plain);
    }
    // Without JFIF the segment goes right after the start of the file.
    const r = checkImage(jpeg(phoneExif(false, 8), seg(0xdb, [0, 1, 2])));
    expect(r.ok && [...r.bytes.subarray(0, 2 + orientationSegment(8).length)]).toEqual([
      0xff,
      0xd8,
      ...orientationSegment(8),
    ]);
  });

  it('removes text, EXIF and time chunks from a PNG and keeps the rest', () => {
    const r = checkImage(
      png(
        IHDR,
        chunk('tEXt', ascii('Author\0Anna')),
        chunk('eXIf', ascii('GPS')),
        chunk('IDAT', [1, 2]),
        chunk('IEND', []),
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(has(r.bytes, 'Anna')).toBe(false);
    expect(has(r.bytes, 'GPS')).toBe(false);
    expect(has(r.bytes, 'IDAT')).toBe(true);
    expect(r.bytes.length).toBe(png(IHDR, chunk('IDAT', [1, 2]), chunk('IEND', [])).length);
  });

  it('refuses another type, a file over the limit, and a broken structure', () => {
    expect(checkImage(new Uint8Array(ascii('GIF89a......')))).toEqual({ ok: false, reason: 'type' });
    expect(checkImage(jpeg(JFIF), 10)).toEqual({ ok: false, reason: 'size' });
    expect(checkImage(jpeg(JFIF), jpeg(JFIF).length).ok).toBe(true);
    // A JPEG cut off before its picture data, a segment longer than the file, a PNG without IHDR or IEND.
    expect(checkImage(new Uint8Array([0xff, 0xd8, ...JFIF]))).toEqual({ ok: false, reason: 'broken' });
    expect(checkImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x7f, 0xff, 0]))).toEqual({
      ok: false,
      reason: 'broken',
    });
    expect(checkImage(png(chunk('IDAT', [1]), chunk('IEND', [])))).toEqual({ ok: false, reason: 'broken' });
    expect(checkImage(png(IHDR, chunk('IDAT', [1])))).toEqual({ ok: false, reason: 'broken' });
  });
});
