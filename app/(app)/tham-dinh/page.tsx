import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { canAppraiseAtMinistry } from "@/lib/appraisals/policy";
import { listAppraisalQueue, NO_ZONE, queueFilterOptions, STRADDLING_ZONE } from "@/lib/appraisals/queries";
import { QueueInputSchema } from "@/lib/appraisals/schemas";
import { requireActor } from "@/lib/auth/session";
import { formatAmount, formatMoneyAuto } from "@/lib/format";

// Hàng đợi thẩm định cấp Bộ (TT 36/2013 Điều 8.2) with the Điều 7 ranking suggestion.
export default async function AppraisalQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!canAppraiseAtMinistry(actor)) notFound();
  const t = await getTranslations();
  const input = QueueInputSchema.parse(await searchParams);
  const [queue, options] = await Promise.all([listAppraisalQueue(actor, input), queueFilterOptions(actor)]);
  const zoneName = (code: string) => (code === NO_ZONE ? t("appraisal.noZone") : code === STRADDLING_ZONE ? t("appraisal.straddlingZone") : (options.zones.find((z) => z.code === code)?.name ?? code));
  const select = "rounded border border-slate-300 px-2 py-2 text-sm";
  const counts: [string, Record<string, number>, (k: string) => string][] = [
    [t("appraisal.province"), queue.counts.province, (k) => k],
    [t("appraisal.zone"), queue.counts.zone, zoneName],
    [t("appraisal.content"), queue.counts.content, (k) => k],
    [t("appraisal.kind"), queue.counts.kind, (k) => t(`projectKind.${k}` as "projectKind.STANDARD")],
  ];
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader title={t("appraisal.queueTitle", { year: queue.year })}>{t("appraisal.unit")}</PageHeader>
        <Link href={`/tham-dinh/hoi-dong?year=${queue.year}`} className="rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">{t("appraisal.councils")}</Link>
      </div>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <input name="year" type="number" defaultValue={queue.year} aria-label={t("appraisal.year")} className={`${select} w-24`} />
        <select name="status" defaultValue={input.status ?? ""} aria-label={t("appraisal.status")} className={select}>
          <option value="">{t("appraisal.status")}: {t("appraisal.all")}</option>
          {(["REGISTERED", "UNDER_CUC_APPRAISAL", "DECIDED"] as const).map((s) => <option key={s} value={s}>{t(`appraisal.status${s}`)}</option>)}
        </select>
        <select name="province" defaultValue={input.province ?? ""} aria-label={t("appraisal.province")} className={select}>
          <option value="">{t("appraisal.province")}: {t("appraisal.all")}</option>
          {options.provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <select name="zone" defaultValue={input.zone ?? ""} aria-label={t("appraisal.zone")} className={select}>
          <option value="">{t("appraisal.zone")}: {t("appraisal.all")}</option>
          {options.zones.map((z) => <option key={z.code} value={z.code}>{z.name}</option>)}
          <option value={STRADDLING_ZONE}>{t("appraisal.straddlingZone")}</option>
          <option value={NO_ZONE}>{t("appraisal.noZone")}</option>
        </select>
        <select name="content" defaultValue={input.content ?? ""} aria-label={t("appraisal.content")} className={`${select} max-w-56`}>
          <option value="">{t("appraisal.content")}: {t("appraisal.all")}</option>
          {options.contents.map((c) => <option key={c.code} value={c.code}>{c.code} {c.name}</option>)}
        </select>
        <select name="kind" defaultValue={input.kind ?? ""} aria-label={t("appraisal.kind")} className={select}>
          <option value="">{t("appraisal.kind")}: {t("appraisal.all")}</option>
          {(["FLAGSHIP", "GROUP", "STANDARD"] as const).map((k) => <option key={k} value={k}>{t(`projectKind.${k}`)}</option>)}
        </select>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white">{t("appraisal.filter")}</button>
      </form>
      <section aria-label={t("appraisal.counts")} className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {counts.map(([dimension, values, label]) => (
          <div key={dimension} className="rounded border border-slate-200 bg-white p-2 text-sm">
            <h2 className="font-medium">{t("appraisal.countsBy", { dimension })}</h2>
            <ul>{Object.entries(values).map(([k, n]) => <li key={k} className="flex justify-between"><span>{label(k)}</span><span className="tabular-nums">{n}</span></li>)}</ul>
          </div>
        ))}
      </section>
      <p className="mb-2 text-xs text-slate-500">{t("appraisal.rankNote")}</p>
      <DataTable
        emptyText={t("appraisal.noResults")}
        columns={[
          { key: "rank", header: t("appraisal.rank"), align: "right" },
          { key: "reason", header: t("appraisal.rankReason"), sortable: false },
          { key: "code", header: t("appraisal.code") },
          { key: "title", header: t("appraisal.name") },
          { key: "province", header: t("appraisal.province") },
          { key: "zone", header: t("appraisal.zone") },
          { key: "implementer", header: t("appraisal.implementer") },
          { key: "status", header: t("appraisal.status") },
          { key: "requested", header: t("appraisal.requested"), align: "right" },
          { key: "approved", header: t("appraisal.approved"), align: "right" },
          { key: "action", header: t("appraisal.appraise"), sortable: false },
        ]}
        rows={queue.rows.map((r) => ({
          id: r.id,
          cells: {
            rank: { text: String(r.rank), sort: r.rank },
            reason: { text: r.reasons.map((reason) => t(`appraisal.reason${reason}`, { count: r.implementerExperience, amount: formatMoneyAuto(r.supportAmount) })).join(" · "), muted: true },
            code: { text: r.code, href: `/de-an/${r.id}` },
            title: { text: r.title },
            province: { text: r.provinceName ?? "—" },
            zone: { text: !r.zone ? t("appraisal.noZone") : r.zone.straddling ? t("appraisal.straddlingZones", { zones: r.zone.name }) : r.zone.name },
            implementer: { text: r.implementerName },
            status: { text: t(`status.${r.status}`) },
            requested: { text: formatAmount(r.supportAmount, "trieu"), sort: Number(r.supportAmount / 1000n) },
            approved: { text: r.approvedAmount !== null ? formatAmount(r.approvedAmount, "trieu") : "—", sort: Number((r.approvedAmount ?? 0n) / 1000n) },
            action: r.councilId ? { text: t("appraisal.council"), href: `/tham-dinh/hoi-dong/${r.councilId}` } : r.status === "REGISTERED" || r.status === "UNDER_CUC_APPRAISAL" ? { text: t("appraisal.appraise"), href: `/tham-dinh/${r.id}` } : { text: "" },
          },
        }))}
      />
    </div>
  );
}
