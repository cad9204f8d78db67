// A small seeded PRNG (sfc32, seeded by splitmix32 from a string) and the distributions the
// generator draws from. Pure and deterministic: the same seed gives the same dataset; no Math.random.
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    let h = 0x9e3779b9 ^ 0;
    for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 0x85ebca6b) ^ (h >>> 13);
    const mix = () => {
      h = (h + 0x9e3779b9) | 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("random: pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median and shape sigma, clamped to [min, max]. */
  logNormal(median: number, sigma: number, min: number, max: number): number {
    const x = median * Math.exp(sigma * this.normal());
    return Math.min(max, Math.max(min, x));
  }

  /** A child generator with its own stream, so one family's draws do not shift another's. */
  fork(label: string): Random {
    return new Random(`${this.int(0, 0x7fffffff)}:${label}`);
  }
}

/** Picks by weight in O(log n): built once from [item, weight] pairs. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(pairs: readonly (readonly [T, number])[]) {
    this.items = [];
    this.cumulative = [];
    let total = 0;
    for (const [item, weight] of pairs) {
      if (weight <= 0) continue;
      total += weight;
      this.items.push(item);
      this.cumulative.push(total);
    }
    if (this.items.length === 0) throw new Error("random: no positive weight");
  }

  pick(rng: Random): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Rounds đồng down to a whole million (amounts in plans and contracts are whole triệu). */
export function wholeTrieu(dong: number): bigint {
  return BigInt(Math.max(1, Math.floor(dong / 1_000_000))) * 1_000_000n;
}

/** Splits `total` into n positive parts of whole thousands that sum exactly to it, with random weights. */
export function splitAmount(rng: Random, total: bigint, n: number): bigint[] {
  if (n <= 1) return [total];
  const weights = Array.from({ length: n }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => (BigInt(Math.floor((Number(total) * w) / sum / 1000)) * 1000n));
  const rest = total - parts.reduce((a, b) => a + b, 0n);
  parts[n - 1] = parts[n - 1]! + rest;
  return parts.every((p) => p > 0n) ? parts : [total];
}
