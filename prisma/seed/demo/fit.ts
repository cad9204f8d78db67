// Fits support amounts to an exact published total: draws each amount in its kind's range, then
// moves the difference proportionally to the room each item has, then 1 triệu at a time.
// Integer (bigint) arithmetic only, so the total is exact to the đồng.
import { sum, trieu, type Rng } from "../../factories";

const MILLION = 1_000_000n;

export function fitSupports(target: bigint, ranges: readonly (readonly [number, number])[], rng: Rng): bigint[] {
  const lo = ranges.map(([a]) => trieu(a));
  const hi = ranges.map(([, b]) => trieu(b));
  if (target % MILLION !== 0n) throw new Error("seed: fit targets are whole triệu");
  if (target < sum(lo) || target > sum(hi)) throw new Error(`seed: cannot fit ${target} into ranges summing ${sum(lo)}–${sum(hi)}`);
  const amounts = ranges.map(([a, b]) => rng.trieu(a, b, 10));
  const diff = target - sum(amounts);
  if (diff !== 0n) {
    const up = diff > 0n;
    const room = amounts.map((a, i) => (up ? hi[i]! - a : a - lo[i]!));
    const total = sum(room);
    const abs = up ? diff : -diff;
    amounts.forEach((a, i) => {
      const move = ((abs * room[i]!) / total / MILLION) * MILLION;
      amounts[i] = up ? a + move : a - move;
    });
  }
  let rest = target - sum(amounts);
  for (let i = 0; rest !== 0n; i = (i + 1) % amounts.length) {
    const step = rest > 0n ? MILLION : -MILLION;
    const next = amounts[i]! + step;
    if (next >= lo[i]! && next <= hi[i]!) {
      amounts[i] = next;
      rest -= step;
    }
  }
  return amounts;
}

/** Splits a whole-triệu total into parts proportional to weights, each at most `caps[i]`. */
export function fitCapped(target: bigint, weights: readonly bigint[], caps: readonly bigint[]): bigint[] {
  if (target > sum(caps)) throw new Error("seed: target above the caps");
  const wsum = sum(weights);
  const out = weights.map((w, i) => {
    const share = ((target * w) / wsum / MILLION) * MILLION;
    return share > caps[i]! ? caps[i]! : share;
  });
  let rest = target - sum(out);
  for (let i = 0; rest > 0n; i = (i + 1) % out.length) {
    const step = rest >= MILLION ? MILLION : rest;
    if (out[i]! + step <= caps[i]!) {
      out[i] = out[i]! + step;
      rest -= step;
    }
  }
  return out;
}
