import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader, StatCard } from "@/components/ui/page-header";
import { canReadAllocations, canRecordAllocations } from "@/lib/allocations/policy";
import { allocationFilters, getAllocationOverview, listReceiverOptions } from "@/lib/allocations/queries";
import { AllocationViewInputSchema } from "@/lib/allocations/schemas";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatInteger, formatMoney, formatPercentBp } from "@/lib/format";
import { AllocationForm } from "./allocation-form";
import { AllocationTables } from "./allocation-tables";

export default async function AllocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!canReadAllocations(actor)) notFound();
  const t = await getTranslations("allocations");
  const tSource = await getTranslations("fundingSource");
  // Source codes are data (FundingSource rows); known ones have a catalogue name, others keep lib's label.
  const sourceName = (code: string, fallback: string) => (tSource.has(code) ? tSource(code) : fallback);
  const filters = await allocationFilters(actor, AllocationViewInputSchema.parse(await searchParams));
  const canRecord = canRecordAllocations(actor);
  const [overview, receivers] = await Promise.all([
    getAllocationOverview(actor, filters.year, filters.source),
    canRecord ? listReceiverOptions(actor, filters.year, filters.source) : Promise.resolve([]),
  ]);
  const shownSource = sourceName(overview.source, overview.sourceLabel);
  const planText = formatMoney(overview.planTotal, "ty");
  const select = "rounded border border-slate-300 px-2 py-2 text-sm";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        {t("note")}
        {canRecord ? null : <>{" "}<span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("readOnly")}</span></>}
      </PageHeader>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <select name="year" defaultValue={filters.year} aria-label={t("year")} className={select}>
          {filters.years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        <select name="source" defaultValue={filters.source} aria-label={t("source")} className={select}>
          {filters.sources.map((s) => <option key={s.code} value={s.code}>{sourceName(s.code, s.label)}</option>)}
        </select>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">{t("show")}</button>
      </form>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <StatCard
          testId="allocation-plan"
          label={t("planTotal", { source: shownSource, year: overview.year })}
          value={overview.plan ? planText : "–"}
          hint={overview.plan ? t("planHint", { version: overview.plan.versionNo, date: formatDate(overview.plan.effectiveOn, true), decision: overview.plan.decision ? ` · QĐ ${overview.plan.decision}` : "" }) : t("noPlan")}
        />
        <StatCard testId="allocation-allocated" label={t("allocatedTotal")} value={formatMoney(overview.allocatedTotal, "ty")} hint={t("allocatedHint", { count: formatInteger(overview.entries.filter((e) => e.counted).length) })} />
        <StatCard testId="allocation-share" label={t("share")} value={formatPercentBp(overview.shareBp)} hint={t("shareHint", { source: shownSource, year: overview.year, plan: planText })} />
      </div>
      {canRecord ? <AllocationForm year={overview.year} source={overview.source} sourceLabel={shownSource} receivers={receivers} /> : null}
      <AllocationTables overview={overview} />
    </div>
  );
}
