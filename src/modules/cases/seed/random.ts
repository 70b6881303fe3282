// A small seeded PRNG (sfc32) for demo data: the same seed gives the same database, and it is fast enough
// to draw millions of values. Not for anything secret.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A version-4-shaped UUID drawn from the stream. */
  uuid(): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) u32(); // mix the seed in
  const next = () => u32() / 4_294_967_296;
  const byte = (x: number, shift: number) => HEX[(x >>> shift) & 255]!;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    uuid() {
      const w0 = u32();
      const w1 = u32();
      const w2 = (u32() & 0x3fffffff) | 0x80000000; // variant 10xx
      const w3 = u32();
      const v4 = (w1 & 0xffff0fff) | 0x4000; // version 4
      return (
        `${byte(w0, 24)}${byte(w0, 16)}${byte(w0, 8)}${byte(w0, 0)}-${byte(v4, 24)}${byte(v4, 16)}-` +
        `${byte(v4, 8)}${byte(v4, 0)}-${byte(w2, 24)}${byte(w2, 16)}-${byte(w2, 8)}${byte(w2, 0)}` +
        `${byte(w3, 24)}${byte(w3, 16)}${byte(w3, 8)}${byte(w3, 0)}`
      );
    },
  };
}

/** A picker over a weight table, e.g. [['web', 55], ['phone', 20]]: the cumulative sums are computed once. */
export function weighted<T>(table: readonly (readonly [T, number])[]): (rng: Random) => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  const bounds: number[] = [];
  let acc = 0;
  for (const [, w] of table) {
    acc += w;
    bounds.push(acc / total);
  }
  return (rng) => {
    const x = rng.next();
    for (let i = 0; i < bounds.length; i++) if (x < bounds[i]!) return table[i]![0];
    return table[table.length - 1]![0];
  };
}
