import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { currentPlanYear, vietnamToday } from "@/lib/calendar";
import { formatDate } from "@/lib/format";
import { isSubmittablePeriod, periodCutOff, SUBMITTABLE_PERIODS, type SubmittablePeriod } from "@/lib/periodic-reports/periods";
import { canSubmitPeriodicReports } from "@/lib/periodic-reports/policy";
import { reportableProvinces } from "@/lib/periodic-reports/queries";
import { submitPeriodicReportAction } from "../actions";
import { ReportForm } from "../_components/report-form";

/** The latest period already ended today, else the first of the year. */
function defaultPeriod(year: number): SubmittablePeriod {
  const today = vietnamToday();
  return [...SUBMITTABLE_PERIODS].reverse().find((p) => periodCutOff(year, p) <= today) ?? "Q1";
}

// One province, one period, both sources. The province list is the one in force at the period's
// cut-off (the 63 before 1/7/2025, the 34 after), so changing the period reloads it.
export default async function NewPeriodicReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!canSubmitPeriodicReports(actor)) notFound();
  const t = await getTranslations("periodicReports");
  const params = await searchParams;
  const thisYear = currentPlanYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const askedYear = Number(params.year);
  const year = years.includes(askedYear) ? askedYear : thisYear;
  const period = typeof params.period === "string" && isSubmittablePeriod(params.period) ? params.period : defaultPeriod(year);
  const cutOff = periodCutOff(year, period);
  const provinces = await reportableProvinces(actor, year, period);
  return (
    <div className="space-y-6">
      <Link href="/bao-cao-dinh-ky" className="text-sm text-blue-700 hover:underline">← {t("back")}</Link>
      <PageHeader title={t("form.title")}>{t("form.help")}</PageHeader>
      <ReportForm action={submitPeriodicReportAction} years={years} year={year} period={period} cutOffText={formatDate(cutOff, true)} provinces={provinces} />
    </div>
  );
}
