import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { NationalFigures } from "./_components/national-figures";
import { PageHeader, StatCard } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { loadMergerDate, provincesInScope } from "@/lib/admin-units/load";
import { isReadOnly } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { homeScope } from "@/lib/dashboard/policy";
import { getHomeSummary } from "@/lib/dashboard/queries";
import { currentPlanYear, vietnamToday } from "@/lib/calendar";
import { formatDate, formatInteger } from "@/lib/format";
import { issuedPlanYearNumbers, planYearNumbers } from "@/lib/plan-years/queries";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const scopeKind = homeScope(actor);
  // The counts and the scope line come before the first byte, the national figures stream after
  // (decision 070: the page's first byte no longer waits for twenty years of figures).
  const [summary, allYears, issuedYears, inScope] = await Promise.all([
    getHomeSummary(actor),
    planYearNumbers(),
    issuedPlanYearNumbers(),
    scopeKind === "PROVINCES" ? Promise.all([provincesInScope(actor, vietnamToday()), loadMergerDate()]) : null,
  ]);
  // Figures for every plan year up to the running one, and every later year once its plan is issued
  // (the data decides where the list starts and ends).
  const figureYears = allYears.filter((y) => y <= currentPlanYear() || issuedYears.includes(y));
  const scope = scopeKind === "NATIONAL"
    ? t("home.scopeNational")
    : inScope
      ? t("home.scopeProvinces", { count: inScope[0].length, date: formatDate(inScope[1], true) })
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
      {scopeKind === "NATIONAL" ? (
        <Suspense fallback={<p role="status" className="text-sm text-slate-600">{t("home.nationalLoading")}</p>}>
          <NationalFigures actor={actor} years={figureYears.length ? figureYears : [currentPlanYear()]} />
        </Suspense>
      ) : null}
    </div>
  );
}
