import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/app/(app)/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { getFacility } from "@/lib/facilities/detail";
import { facilityHistory } from "@/lib/facilities/history";
import { valueRef } from "@/lib/facilities/changes";
import { formatDateTime, formatMoney } from "@/lib/format";
import { renderRef } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export default async function FacilityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = (await params).id;
  const f = await orNotFound(getFacility(actor, id));
  const history = await facilityHistory(actor, id);
  const t = await getTranslations();
  const locale = await requestLocale();
  const facts: [string, string][] = [
    [t("facilities.taxCode"), f.taxCode],
    [t("facilities.kind"), t(`facilityKind.${f.kind}`)],
    [t("facilities.size"), t(`facilitySize.${f.size}`)],
    [t("facilities.industry"), f.industry],
    [t("facilities.address"), f.addressLine],
    [t("facilities.commune"), f.commune?.name ?? t("facilities.noCommune")],
    [t("facilities.province"), f.province.name],
    [t("facilities.craftVillage"), f.inCraftVillage ? f.craftVillageName || t("common.yes") : t("common.no")],
    [t("facilities.womenOwned"), f.womenOwned ? t("common.yes") : t("common.no")],
    ...(f.owner ? ([[t("facilities.owner"), f.owner.name], [t("facilities.ownerPhone"), f.owner.phone ?? "—"]] as [string, string][]) : []),
  ];
  const e = f.eligibility;
  return (
    <div className="space-y-6">
      <Link href="/co-so" className="text-sm text-blue-700 hover:underline">← {t("facilities.back")}</Link>
      <PageHeader title={f.name}>{f.canEdit ? <Link href={`/co-so/${f.id}/sua`} className="text-blue-700 hover:underline" data-testid="facility-edit-link">{t("facilities.edit")}</Link> : null}</PageHeader>
      <section aria-labelledby="identity">
        <h2 id="identity" className="mb-2 text-lg font-semibold">{t("facilities.identity")}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm md:grid-cols-2" data-testid="facility-identity">
          {facts.map(([label, value]) => (
            <div key={label} className="flex gap-2"><dt className="w-48 shrink-0 text-slate-500">{label}</dt><dd className="font-medium">{value}</dd></div>
          ))}
        </dl>
        {f.owner?.masked ? <p className="mt-1 text-xs text-slate-600" data-testid="owner-masked">{t("facilities.ownerHidden")}</p> : null}
      </section>
      <section aria-labelledby="eligibility" className="rounded border border-slate-200 bg-white p-4 text-sm" data-testid="facility-eligibility">
        <h2 id="eligibility" className="mb-2 text-lg font-semibold">{t("facilities.eligibilityTitle", { year: e.planYear })}</h2>
        <p className={e.eligible ? "text-emerald-700" : "text-red-700"}>{e.eligible ? t("facilities.eligible") : t("facilities.notEligible")} <span className="text-slate-500">({e.legalBasis})</span></p>
        {e.reasons.length ? <ul className="ml-5 list-disc text-red-700">{e.reasons.map((r) => <li key={r}>{r}</li>)}</ul> : null}
        {e.warnings.length ? <><p className="mt-2">{t("facilities.warnings")}</p><ul className="ml-5 list-disc text-amber-700">{e.warnings.map((w) => <li key={w}>{w}</li>)}</ul></> : null}
        <p className="mt-2 text-xs text-slate-500">{t("facilities.earlierSupportRule")}</p>
      </section>
      <section aria-labelledby="support" data-testid="facility-support">
        <h2 id="support" className="mb-1 text-lg font-semibold">{t("facilities.supportTitle")}</h2>
        <p className="mb-2 text-xs text-slate-500">{t("facilities.supportHint")}</p>
        <DataTable
          emptyText={t("facilities.noSupport")}
          columns={[
            { key: "code", header: t("facilities.projectCode"), nowrap: true },
            { key: "title", header: t("facilities.projectTitle") },
            { key: "year", header: t("facilities.planYear"), align: "right" },
            { key: "status", header: t("facilities.status") },
            { key: "support", header: t("facilities.supportAmount"), align: "right" },
            { key: "counterpart", header: t("facilities.counterpart"), align: "right" },
            { key: "counted", header: t("facilities.counted") },
          ]}
          rows={f.support.map((s) => ({
            id: s.projectId,
            cells: {
              code: { text: s.code, href: s.visible ? `/de-an/${s.projectId}` : undefined },
              title: { text: s.title },
              year: { text: String(s.planYear), sort: s.planYear },
              status: { text: t(`status.${s.status}`) },
              support: { text: formatMoney(s.supportAmount, "trieu"), sort: Number(s.supportAmount) },
              counterpart: { text: formatMoney(s.counterpartAmount, "trieu"), sort: Number(s.counterpartAmount) },
              counted: { text: s.supported ? t("common.yes") : t("common.no"), muted: !s.supported },
            },
          }))}
        />
        {f.support.length ? (
          <p className="mt-2 text-sm font-medium" data-testid="facility-support-totals">
            {t("facilities.totals", { count: f.totals.projects })}: {t("facilities.supportAmount")} {formatMoney(f.totals.supportAmount, "trieu")} · {t("facilities.counterpart")} {formatMoney(f.totals.counterpartAmount, "trieu")}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="history" data-testid="facility-history">
        <h2 id="history" className="mb-2 text-lg font-semibold">{t("facilities.historyTitle")}</h2>
        {history.length === 0 ? <p className="text-sm text-slate-500">{t("facilities.noHistory")}</p> : (
          <ul className="divide-y rounded border border-slate-200 bg-white text-sm">
            {history.map((h) => (
              <li key={h.id} className="p-3">
                <div className="text-slate-600"><span className="whitespace-nowrap">{formatDateTime(h.at)}</span> · {h.who}{h.action === "create" ? ` · ${t("facilities.historyCreated")}` : ""}</div>
                {h.changes.length ? (
                  <ul className="ml-5 list-disc">
                    {h.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-medium">{t(`facilities.field.${c.field}`)}</span>:{" "}
                        {c.before === null && c.after === null ? t("facilities.personalChanged") : `${renderRef(locale, valueRef(c, c.before))} → ${renderRef(locale, valueRef(c, c.after))}`}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
