// Unit costs far from the median: for budget lines of the same content category, plan year and
// unit (đơn vị tính), the support per unit (support ÷ quantity) is compared with the group's
// median; a line below median ÷ FACTOR or above median × FACTOR (FACTOR = 3) is flagged. A group
// needs at least MIN_GROUP lines for its median to mean anything. Exact bigint comparisons.
import { medianDong } from "../../forecast/model";
import { formatAmount } from "../../format";
import { message } from "../../i18n/messages";
import { projectHref } from "../links";
import type { RedFlag } from "../types";

export const OUTLIER_FACTOR = 3n;
export const MIN_GROUP = 4;

export type BudgetLineFact = {
  id: string;
  item: string;
  unit: string;
  quantity: number;
  supportAmount: bigint;
  content: { code: string; name: string };
  project: { id: string; code: string; planYear: number; provinceId: string | null };
};

const unitKey = (unit: string) => unit.trim().toLocaleLowerCase("vi");

export function unitCostOutliers(lines: readonly BudgetLineFact[]): RedFlag[] {
  const groups = new Map<string, BudgetLineFact[]>();
  for (const l of lines) {
    if (l.quantity <= 0 || l.supportAmount <= 0n) continue;
    const key = `${l.content.code}|${l.project.planYear}|${unitKey(l.unit)}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length < MIN_GROUP) return [];
    const perUnit = (l: BudgetLineFact) => l.supportAmount / BigInt(l.quantity);
    const median = medianDong(group.map(perUnit))!;
    return group.flatMap((l): RedFlag[] => {
      const unitCost = perUnit(l);
      // unitCost < median/3 ⇔ 3·unitCost < median, kept exact in integers.
      const low = unitCost * OUTLIER_FACTOR < median;
      const high = unitCost > median * OUTLIER_FACTOR;
      if (!low && !high) return [];
      return [{
        rule: "unit-cost-outlier",
        subjectKey: `ProjectBudgetLine:${l.id}`,
        provinceId: l.project.provinceId,
        detail: message(high ? "redFlags.detail.unitCostHigh" : "redFlags.detail.unitCostLow", {
          code: l.project.code,
          item: l.item,
          unitCost: formatAmount(unitCost, "trieu"),
          unit: l.unit || "—",
          median: formatAmount(median, "trieu"),
          content: l.content.name,
          year: l.project.planYear,
          lines: group.length,
        }),
        links: [{ kind: "project", href: projectHref(l.project.id), label: l.project.code }],
        amount: l.supportAmount,
      }];
    });
  });
}
