// The đề án's money panel (issue #8 item 8): eight figures, each share naming its denominator.
// The page has found the đề án through the actor's scope; the figures come from lib/disbursements.
import { getTranslations } from "next-intl/server";
import { StatCard } from "@/components/ui/page-header";
import { unsafeMoneyPanel } from "@/lib/disbursements/panel";
import { formatMoney, formatPercentBp } from "@/lib/format";

export async function MoneyPanel({ projectId }: { projectId: string }) {
  const t = await getTranslations("moneyPanel");
  const figures = await unsafeMoneyPanel(projectId);
  return (
    <section aria-label={t("title")}>
      <h2 className="mb-2 text-lg font-semibold">{t("title")}</h2>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="money-panel">
        {figures.map((f) => (
          <StatCard
            key={f.key}
            testId={`money-${f.key}`}
            label={t(`figure.${f.key}`)}
            value={f.amount === null ? "—" : formatMoney(f.amount, "trieu")}
            hint={f.share ? t("share", { share: formatPercentBp(f.share.bp, 1), of: t(`of.${f.share.of}`) }) : f.key === "approved" || f.key === "remaining" ? t(`hint.${f.key}`) : undefined}
          />
        ))}
      </div>
      <p className="mt-1 text-xs text-slate-500">{t("note")}</p>
    </section>
  );
}
