// Helpers for sets of đề án fitted to a published total: deterministic shuffles, spreading kinds
// over provinces, and a two-entry ledger (advance, then balance) inside given date windows.
import { addDays, type Rng } from "../../factories";
import type { Archetype } from "./archetypes";
import { dateOf } from "./timeline";
import type { ProjectSpec } from "./types";

export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type Spec = { archetype: Archetype; province: string; implementer: string; direct: boolean };

/** Provincial-centre specs: one per province first, then the rest at random among them. */
export function spread(rng: Rng, provinces: readonly string[], kinds: readonly Archetype[]): Spec[] {
  const order = [...provinces, ...Array.from({ length: Math.max(0, kinds.length - provinces.length) }, () => rng.pick(provinces))];
  return shuffle(rng, kinds).map((archetype, i) => ({ archetype, province: order[i]!, implementer: `TTKC-${order[i]}-2008`, direct: false }));
}

/** Ledger of a fully implemented đề án: `advance` after the contract, the rest of `executed` after acceptance within [payFrom, payTo]. */
export function splitLedger(p: ProjectSpec, rng: Rng, executed: bigint, advance: bigint, window: { advanceFrom?: Date; advanceTo: Date; payFrom: Date; payTo: Date }): void {
  const contracted = dateOf(p.transitions, "CONTRACTED")!;
  const accepted = dateOf(p.transitions, "ACCEPTED")!;
  let advanceOn = addDays(contracted, rng.int(10, 25));
  if (window.advanceFrom && advanceOn < window.advanceFrom) advanceOn = addDays(window.advanceFrom, rng.int(0, 20));
  if (advanceOn > window.advanceTo) advanceOn = window.advanceTo;
  let payOn = addDays(accepted, rng.int(7, 20));
  if (payOn < window.payFrom) payOn = addDays(window.payFrom, rng.int(0, 10));
  if (payOn > window.payTo) payOn = window.payTo;
  p.ledger = [
    ...(advance > 0n ? [{ kind: "ADVANCE" as const, amount: advance, on: advanceOn, note: "Tạm ứng kinh phí theo hợp đồng" }] : []),
    ...(executed - advance > 0n ? [{ kind: "PAYMENT" as const, amount: executed - advance, on: payOn, note: "Thanh toán sau nghiệm thu cơ sở" }] : []),
  ];
}


export const rep = (kind: Archetype, n: number): Archetype[] => Array.from({ length: n }, () => kind);
