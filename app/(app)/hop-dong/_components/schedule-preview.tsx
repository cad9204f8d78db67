"use client";
// The schedule the server will compute, previewed from the same pure rule (lib/contracts/schedule)
// and the advance rule in force today; the server recomputes it on the signing day when it saves.
import { useTranslations } from "next-intl";
import { paymentSchedule } from "@/lib/contracts/schedule";
import type { ScheduleRuleView } from "@/lib/contracts/queries";
import { formatAmount, formatRateBp } from "@/lib/format";
import { parseMoney } from "@/lib/money";

function parsed(text: string): bigint | null {
  try {
    const value = parseMoney(text, "trieu");
    return value > 0n ? value : null;
  } catch {
    return null;
  }
}

export function SchedulePreview({ rule, value }: { rule: ScheduleRuleView | null; value: string }) {
  const t = useTranslations("contracts");
  if (!rule) return <p className="text-sm text-amber-800">{t("noRule")}</p>;
  const amount = parsed(value);
  const items = amount ? paymentSchedule(amount, rule) : [];
  return (
    <section className="rounded border border-slate-200 bg-slate-50 p-3 text-sm" aria-label={t("previewTitle")}>
      <h3 className="font-semibold">{t("previewTitle")}</h3>
      <p className="text-xs text-slate-600">{t("ruleLine", { rule: rule.description, first: formatRateBp(rule.firstAdvanceBp), cap: formatRateBp(rule.advanceCapBp), basis: rule.legalBasis })}</p>
      {items.length ? (
        <div className="overflow-x-auto">
        <table className="mt-2 w-full text-left">
          <thead><tr><th>{t("seq")}</th><th>{t("itemKind")}</th><th className="text-right">{t("share")}</th><th className="text-right">{t("amountTrieu")}</th><th>{t("documents")}</th></tr></thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.seq} className="border-t border-slate-200 align-top">
                <td>{i.seq}</td>
                <td>{t(`kinds.${i.kind}`)}{i.afterAcceptance ? ` (${t("afterAcceptance")})` : ""}</td>
                <td className="text-right">{formatRateBp(i.shareBp)}</td>
                <td className="text-right tabular-nums">{formatAmount(i.amount, "trieu")}</td>
                <td>{i.documents.join("; ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : <p className="mt-1 text-slate-500">{t("previewNeedsValue")}</p>}
    </section>
  );
}
