// "Schedule against actual" (issue #8 item 8): each schedule item beside what the ledger shows for
// it. Pure. The ledger's measures (net of reversals, lib/disbursements) are spread over the items
// in order: advances fill the advance items one after the other, payments the balance; whatever is
// beyond the last item of its kind stays on that item, so nothing disappears from the view.
import type { Dong } from "../money";
import type { LedgerMeasures } from "../disbursements/measures";

export type PlannedItem = { seq: number; kind: "ADVANCE" | "PAYMENT"; amount: Dong };
export type ItemActual = { seq: number; planned: Dong; actual: Dong; remaining: Dong; done: boolean };

function spread(items: readonly PlannedItem[], total: Dong): Map<number, Dong> {
  const out = new Map<number, Dong>();
  let left = total;
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const take = last ? left : left < item.amount ? left : item.amount;
    out.set(item.seq, take);
    left -= take;
  });
  return out;
}

export function scheduleVsActual(items: readonly PlannedItem[], measures: Pick<LedgerMeasures, "advanced" | "paid">): ItemActual[] {
  const advances = spread(items.filter((i) => i.kind === "ADVANCE"), measures.advanced);
  const payments = spread(items.filter((i) => i.kind === "PAYMENT"), measures.paid);
  return items.map((item) => {
    const actual = (item.kind === "ADVANCE" ? advances : payments).get(item.seq) ?? 0n;
    const remaining = item.amount > actual ? item.amount - actual : 0n;
    return { seq: item.seq, planned: item.amount, actual, remaining, done: remaining === 0n };
  });
}
