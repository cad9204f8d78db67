// Plan versions, pure. A plan is a chain of immutable versions (version 0 is the working draft);
// which one is in force at a day is decided in ./in-force.ts only (docs: lib/plans/README.md).
import type { AdjustmentKind } from "../db/generated/enums";
import { sumDong, type Dong } from "../money";

export type ItemLine = { projectId: string | null; taskTitle: string | null; implementerId: string; provinceId: string | null; amount: Dong };

/** A stable identity of a line across versions: the đề án, or the task title and implementer. */
export function itemKey(item: Pick<ItemLine, "projectId" | "taskTitle" | "implementerId">): string {
  return item.projectId ? `p:${item.projectId}` : `t:${item.implementerId}:${item.taskTitle ?? ""}`;
}

export type ItemDiff<T extends ItemLine> = {
  added: T[];
  removed: T[];
  changed: { before: T; after: T; delta: Dong }[];
  totalBefore: Dong;
  totalAfter: Dong;
};

export function diffItems<T extends ItemLine>(before: readonly T[], after: readonly T[]): ItemDiff<T> {
  const old = new Map(before.map((i) => [itemKey(i), i]));
  const next = new Map(after.map((i) => [itemKey(i), i]));
  const changed: ItemDiff<T>["changed"] = [];
  for (const [key, a] of next) {
    const b = old.get(key);
    if (b && (b.amount !== a.amount || b.provinceId !== a.provinceId || b.implementerId !== a.implementerId)) changed.push({ before: b, after: a, delta: a.amount - b.amount });
  }
  return {
    added: [...next].filter(([k]) => !old.has(k)).map(([, v]) => v),
    removed: [...old].filter(([k]) => !next.has(k)).map(([, v]) => v),
    changed,
    totalBefore: sumDong(before.map((i) => i.amount)),
    totalAfter: sumDong(after.map((i) => i.amount)),
  };
}

export type Change = { kind: AdjustmentKind; projectId: string | null; amountAfter: Dong | null; added?: ItemLine };

/**
 * The items of the next version: a copy of the previous version with the approved change applied.
 * STOP_PROJECT removes the đề án (TT 36/2013 Điều 11.2.a); ADD_PROJECT adds it; a new amount
 * replaces the đề án's amount; other kinds keep the items and record the decision.
 */
export function applyChange(items: readonly ItemLine[], change: Change): ItemLine[] {
  const copy = items.map((i) => ({ ...i }));
  if (change.kind === "STOP_PROJECT") return copy.filter((i) => i.projectId !== change.projectId);
  if (change.kind === "ADD_PROJECT") {
    if (!change.added) throw new Error("ADD_PROJECT needs the line to add");
    if (copy.some((i) => i.projectId === change.added!.projectId)) return copy;
    return [...copy, { ...change.added }];
  }
  if (change.amountAfter !== null && change.projectId) {
    return copy.map((i) => (i.projectId === change.projectId ? { ...i, amount: change.amountAfter! } : i));
  }
  return copy;
}

export type Group = { key: string; label: string; amount: Dong; count: number; marked: boolean };

/** Totals by a key (province, zone, content, implementer), largest first. */
export function groupTotals<T extends { amount: Dong }>(items: readonly T[], keyOf: (i: T) => { key: string; label: string; marked?: boolean }): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const k = keyOf(item);
    const g = groups.get(k.key) ?? { key: k.key, label: k.label, amount: 0n, count: 0, marked: Boolean(k.marked) };
    g.amount += item.amount;
    g.count += 1;
    groups.set(k.key, g);
  }
  return [...groups.values()].sort((a, b) => (a.amount === b.amount ? a.label.localeCompare(b.label, "vi") : a.amount > b.amount ? -1 : 1));
}
