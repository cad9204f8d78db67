import { getTranslations } from "next-intl/server";
import { PageHeader, StatCard } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { loadMergerDate, provincesInScope } from "@/lib/admin-units/load";
import { isReadOnly } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { homeScope } from "@/lib/dashboard/policy";
import { getHomeSummary } from "@/lib/dashboard/queries";
import { currentPlanYear, vietnamToday } from "@/lib/calendar";
import { formatAmount, formatDate, formatInteger, formatPercentBp } from "@/lib/format";
import { ratioBp } from "@/lib/money";
import { nationalYearFigures } from "@/lib/dashboard/figures";
import { issuedPlanYearNumbers, planYearNumbers } from "@/lib/plan-years/queries";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const summary = await getHomeSummary(actor);
  // Figures for every plan year up to the running one, and every later year once its plan is issued
  // (the data decides where the list starts and ends).
  const [allYears, issuedYears] = await Promise.all([planYearNumbers(), issuedPlanYearNumbers()]);
  const figureYears = allYears.filter((y) => y <= currentPlanYear() || issuedYears.includes(y));
  const national = await nationalYearFigures(actor, figureYears.length ? figureYears : [currentPlanYear()]);
  const scopeKind = homeScope(actor);
  const scope = scopeKind === "NATIONAL"
    ? t("home.scopeNational")
    : scopeKind === "PROVINCES"
      ? t("home.scopeProvinces", { count: (await provincesInScope(actor, vietnamToday())).length, date: formatDate(await loadMergerDate(), true) })
      : t("home.scopeOwnWork");

  return (
    <div className="space-y-6">
      <PageHeader title={t("home.greeting", { name: actor.name })}>
        <span data-testid="home-scope">{scope}</span>
        {isReadOnly(actor) ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("home.readOnly")}</span> : null}
      </PageHeader>
      <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard testId="stat-projects" href="/de-an" label={t("home.projects")} value={formatInteger(summary.projectCount)} />
        <StatCard
          testId="stat-awaiting"
          href={summary.awaitingStatuses.length ? "/de-an?awaiting=1" : undefined}
          label={t("home.awaiting")}
          value={formatInteger(summary.awaitingCount)}
          hint={summary.awaitingStatuses.length ? t("home.awaitingHint", { statuses: summary.awaitingStatuses.map((s) => t(`status.${s}`)).join(", ") }) : t("home.awaitingNone")}
        />
        <StatCard testId="stat-facilities" href="/co-so" label={t("home.facilities")} value={formatInteger(summary.facilityCount)} />
        <StatCard testId="stat-provinces" href="/tinh-thanh" label={t("home.provinces")} value={formatInteger(summary.provinceCount)} />
        <StatCard testId="stat-organisations" href="/to-chuc" label={t("home.organisations")} value={formatInteger(summary.organisationCount)} />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("home.byStatus")}</h2>
        <DataTable
          emptyText={t("home.noProjects")}
          columns={[{ key: "status", header: t("common.status") }, { key: "count", header: t("home.projectCount"), align: "right" }]}
          rows={summary.byStatus.map((s) => ({
            id: s.status,
            cells: { status: { text: t(`status.${s.status}`), href: `/de-an?status=${s.status}` }, count: { text: formatInteger(s.count), sort: s.count } },
          }))}
        />
      </section>
      {national ? (
        <section data-testid="national-figures">
          <h2 className="mb-1 text-lg font-semibold">{t("home.nationalTitle")}</h2>
          <p className="mb-2 text-xs text-slate-500">{t("home.nationalNote")} {t("home.unit")}.</p>
          <DataTable
            emptyText={t("common.noResults")}
            caption={t("home.unit")}
            columns={[
              { key: "year", header: t("home.year") },
              { key: "planned", header: t("home.planned"), align: "right" },
              { key: "projects", header: t("home.projectCount"), align: "right" },
              { key: "provinces", header: t("home.provinceCount"), align: "right" },
              { key: "allocated", header: t("home.allocated"), align: "right" },
              { key: "allocatedShare", header: t("home.allocatedShare"), align: "right" },
              { key: "disbursed", header: t("home.disbursed"), align: "right" },
              { key: "disbursedShare", header: t("home.disbursedShare"), align: "right" },
            ]}
            rows={national.map((f) => ({
              id: String(f.year),
              cells: {
                year: { text: String(f.year) },
                planned: { text: f.planVersionNo === null ? t("home.noPlanInForce") : formatAmount(f.planned, "ty"), sort: Number(f.planned / 1_000_000n) },
                projects: { text: formatInteger(f.projectCount), sort: f.projectCount },
                provinces: { text: formatInteger(f.provinceCount), sort: f.provinceCount },
                allocated: { text: formatAmount(f.allocated, "ty"), sort: Number(f.allocated / 1_000_000n) },
                allocatedShare: { text: f.planVersionNo === null ? "–" : formatPercentBp(ratioBp(f.allocated, f.planned)) },
                disbursed: { text: formatAmount(f.disbursed, "ty"), sort: Number(f.disbursed / 1_000_000n) },
                disbursedShare: { text: f.planVersionNo === null ? "–" : formatPercentBp(ratioBp(f.disbursed, f.planned)) },
              },
            }))}
          />
        </section>
      ) : null}
    </div>
  );
}
