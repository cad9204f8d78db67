// Outcome indicators recorded for an acceptance: before → after, "—" where not reported (null).
import { getTranslations } from "next-intl/server";
import { formatAmount, formatDate, formatInteger } from "@/lib/format";
import type { AcceptanceRow } from "@/lib/acceptance/queries";

type Outcome = AcceptanceRow["outcomes"][number];
const MONEY = ["productionValue", "revenue", "averageIncome"] as const;
const COUNTS = ["jobs", "products", "machinery"] as const;

const money = (v: bigint | null) => (v === null ? "—" : formatAmount(v, "trieu"));
const count = (v: number | null) => (v === null ? "—" : formatInteger(v));

export async function OutcomesTable({ outcomes }: { outcomes: Outcome[] }) {
  const t = await getTranslations("acceptance");
  if (!outcomes.length) return <p className="text-xs text-slate-500">{t("noOutcomes")}</p>;
  return (
    <div className="overflow-x-auto">
    <table className="w-full text-xs">
      <thead>
        <tr className="text-left">
          <th>{t("beneficiary")}</th><th>{t("timing")}</th>
          {[...MONEY, ...COUNTS].map((k) => <th key={k}>{t(`indicators.${k}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o) => (
          <tr key={o.id}>
            <td>{o.beneficiary.facility.name}</td>
            <td>{t(`timing${o.timing}`)} ({formatDate(o.recordedOn, true)})</td>
            {MONEY.map((k) => <td key={k}>{money(o[`${k}Before`])} → {money(o[`${k}After`])}</td>)}
            {COUNTS.map((k) => <td key={k}>{count(o[`${k}Before`])} → {count(o[`${k}After`])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
