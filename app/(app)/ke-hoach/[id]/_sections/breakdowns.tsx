import { getTranslations } from "next-intl/server";
import { isStraddlingKey } from "@/lib/admin-units/groups";
import { formatAmount, formatPercentBp } from "@/lib/format";
import { ratioBp } from "@/lib/money";
import type { getPlan } from "@/lib/plans/plan-view";

type Plan = Awaited<ReturnType<typeof getPlan>>;
const KEYS = ["province", "zone", "content", "implementer"] as const;

/** Totals against the year's envelope; the percentage always names its denominator. */
export async function Breakdowns({ plan }: { plan: Plan }) {
  const t = await getTranslations("plans");
  return (
    <section className="grid gap-4 lg:grid-cols-2">
      {KEYS.map((key) => (
        <div key={key} className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="px-2 py-1 text-left font-semibold">{t(`by.${key}`)}</caption>
            <thead className="bg-slate-50 text-left"><tr><th className="px-2 py-1">{t(`by.${key}`)}</th><th className="px-2 py-1 text-right">{t("count")}</th><th className="px-2 py-1 text-right">{t("amount")}</th><th className="px-2 py-1 text-right">{t("shareOfEnvelope")} ({t("ofEnvelope")})</th></tr></thead>
            <tbody>
              {plan.breakdowns[key].map((g) => (
                <tr key={g.key} className="border-t border-slate-100">
                  <td className="px-2 py-1">{g.key === "task" ? t("tasks") : isStraddlingKey(g.key) ? t("straddlingZones", { zones: g.label }) : g.label}{g.marked ? <>{" "}<span className="text-xs text-amber-700">({t("derivedZone")})</span></> : null}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{g.count}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatAmount(g.amount, "trieu")}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatPercentBp(ratioBp(g.amount, plan.envelope))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
