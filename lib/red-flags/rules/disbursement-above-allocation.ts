// Disbursement above allocation: per implementer, plan year and funding source, the money
// disbursed (programme money, lib/disbursements/measures.ts) above what was allocated to that
// unit (dự toán giao, lib/allocations/figures.ts unsafeAllocatedSoFar) by the day. A source and
// year with no allocation recorded at all is not judged: its allocations are not kept here.
import { formatAmount } from "../../format";
import { message } from "../../i18n/messages";
import { allocationHref } from "../links";
import type { RedFlag } from "../types";

export type ImplementerMoneyFact = { implementerId: string; implementerName: string; provinceId: string | null; year: number; source: string; disbursed: bigint; allocated: bigint };

/** `sourcesWithAllocations`: the funding source codes of the year that have any allocation recorded. */
export function disbursementAboveAllocation(units: readonly ImplementerMoneyFact[], sourcesWithAllocations: ReadonlySet<string>): RedFlag[] {
  return units.flatMap((u): RedFlag[] => {
    if (!sourcesWithAllocations.has(u.source) || u.disbursed <= u.allocated) return [];
    return [{
      rule: "disbursement-above-allocation",
      subjectKey: `Allocation:${u.implementerId}:${u.year}:${u.source}`,
      provinceId: u.provinceId,
      detail: message("redFlags.detail.disbursementAboveAllocation", {
        unit: u.implementerName,
        source: u.source,
        year: u.year,
        disbursed: formatAmount(u.disbursed, "trieu"),
        allocated: formatAmount(u.allocated, "trieu"),
        excess: formatAmount(u.disbursed - u.allocated, "trieu"),
      }),
      links: [{ kind: "allocation", href: allocationHref(u.year, u.source), label: `${u.source} ${u.year}` }],
      amount: u.disbursed - u.allocated,
    }];
  });
}
