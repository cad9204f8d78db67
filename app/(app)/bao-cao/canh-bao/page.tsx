import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InsightsLinks } from "@/components/reports/insights-links";
import { DismissFlagForm } from "@/components/reports/dismiss-flag-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatAmount, formatDate, formatDateTime, formatInteger } from "@/lib/format";
import { renderRef } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { canDismissRedFlags, canReadRedFlags } from "@/lib/red-flags/policy";
import { listRedFlags } from "@/lib/red-flags/queries";
import { parseRedFlagQuery } from "@/lib/red-flags/query";
import { DEFAULT_ACCEPTANCE_DAYS } from "@/lib/red-flags/rules/acceptance-missing";
import { MAX_ACCEPTANCE_DAYS, MIN_ACCEPTANCE_DAYS, MIN_REASON, RedFlagViewInputSchema } from "@/lib/red-flags/schemas";
import type { RedFlagLinkKind } from "@/lib/red-flags/types";
import { dismissRedFlagAction } from "./actions";

// A plain table rather than components/ui/data-table: each row carries links and a dismiss form,
// which the data grid's text cells cannot hold.
const LINK_LABEL: Record<RedFlagLinkKind, "linkProject" | "linkLedger" | "linkReport" | "linkFacility" | "linkAllocation"> = {
  project: "linkProject", ledger: "linkLedger", report: "linkReport", facility: "linkFacility", allocation: "linkAllocation",
};

export default async function RedFlagsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = RedFlagViewInputSchema.safeParse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { query, notes } = parseRedFlagQuery(raw.success ? raw.data : {});
  if (!canReadRedFlags(actor)) notFound();
  // A bad parameter is stated and no flags are shown under it (they would be another year's).
  const list = notes.length ? null : await listRedFlags(actor, query);
  const t = await getTranslations("redFlags");
  const locale = await requestLocale();
  const canDismiss = canDismissRedFlags(actor);
  const input = "rounded border border-slate-300 px-2 py-1 text-sm";
  return (
    <div className="space-y-6">
      <InsightsLinks current="redFlags" />
      <PageHeader title={t("title")}>{list ? t("intro", { year: list.year, today: formatDate(list.day, true) }) : null}</PageHeader>
      {notes.map((n) => <p key={n.key} role="alert" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900">{renderRef(locale, n)}</p>)}
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col"><span>{t("year")}</span><input name="nam" type="number" defaultValue={query.year} className={input} /></label>
        <label className="flex flex-col">
          <span>{t("acceptanceDays")}</span>
          <input name="ngay" type="number" min={MIN_ACCEPTANCE_DAYS} max={MAX_ACCEPTANCE_DAYS} defaultValue={query.acceptanceDays} className={input} />
          <span className="text-xs text-slate-500">{t("acceptanceDaysHint", { min: MIN_ACCEPTANCE_DAYS, max: MAX_ACCEPTANCE_DAYS, default: DEFAULT_ACCEPTANCE_DAYS })}</span>
        </label>
        <label className="flex items-center gap-1"><input type="checkbox" name="dismissed" value="1" defaultChecked={query.showDismissed} />{t("showDismissed")}</label>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">{t("show")}</button>
      </form>
      {list ? (
        <>
      <p className="font-medium" data-testid="red-flag-total">{t("total", { count: formatInteger(list.open), dismissed: formatInteger(list.dismissed) })}</p>
      {list.groups.map((group) => (
        <section key={group.rule} aria-labelledby={`rule-${group.rule}`} className="rounded border border-slate-200 bg-white p-4">
          <h2 id={`rule-${group.rule}`} className="font-semibold">
            {t(`rule.${group.rule}`)} <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm text-red-900">{t("ruleCount", { count: formatInteger(group.open) })}</span>
          </h2>
          <p className="mb-2 text-xs text-slate-500">{t(`ruleDefinition.${group.rule}`, { days: query.acceptanceDays })}</p>
          {group.flags.length === 0 ? (
            <p className="text-sm text-slate-500">{t("none")}</p>
          ) : (
            <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b text-left text-slate-600">
                  <th className="py-1 pr-2">{t("colDetail")}</th>
                  <th className="py-1 pr-2">{t("colLinks")}</th>
                  <th className="py-1 pr-2 text-right">{t("colAmount")}</th>
                  <th className="py-1">{t("colAction")}</th>
                </tr>
              </thead>
              <tbody>
                {group.flags.map((flag) => (
                  <tr key={flag.subjectKey} className={`border-b align-top ${flag.dismissal ? "text-slate-400" : ""}`} data-subject={flag.subjectKey}>
                    <td className="py-1 pr-2">{renderRef(locale, flag.detail)}</td>
                    <td className="py-1 pr-2">
                      <ul>{flag.links.map((l) => <li key={l.href}><Link className="text-blue-700 underline" href={l.href}>{t(LINK_LABEL[l.kind])}: {l.label}</Link></li>)}</ul>
                    </td>
                    <td className="py-1 pr-2 text-right tabular-nums">{flag.amount === null ? "—" : formatAmount(flag.amount, "trieu")}</td>
                    <td className="py-1">
                      {flag.dismissal
                        ? t("dismissedBy", { name: flag.dismissal.dismissedBy, at: formatDateTime(flag.dismissal.dismissedAt), reason: flag.dismissal.reason })
                        : canDismiss ? <DismissFlagForm rule={flag.rule} subjectKey={flag.subjectKey} minReason={MIN_REASON} action={dismissRedFlagAction} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
        </section>
      ))}
        </>
      ) : null}
    </div>
  );
}
