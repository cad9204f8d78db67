import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { planYearSteps } from "@/lib/plan-years/policy";
import { listPlanYears } from "@/lib/plan-years/queries";
import { ExtendDeadlineForm } from "./extend-deadline-form";
import { AddPlanYearButton } from "./add-plan-year-button";

export default async function PlanYearsPage() {
  const actor = await requireActor();
  const t = await getTranslations("planYears");
  const years = await listPlanYears();
  const steps = planYearSteps(actor);
  const canExtend = steps.includes("EXTEND_DEADLINE");
  const nextYear = (years[0]?.year ?? 0) + 1;
  return (
    <div>
      <PageHeader title={t("title")}>{t("note")}</PageHeader>
      {steps.includes("ADD_NEXT_YEAR") && years.length ? <AddPlanYearButton year={nextYear} /> : null}
      <div className="overflow-x-auto">
      <table className="min-w-full rounded border border-slate-200 bg-white text-sm" data-testid="plan-years">
        <thead className="bg-slate-50 text-left">
          <tr><th className="px-3 py-2">{t("year")}</th><th className="px-3 py-2">{t("sctDeadline")}</th><th className="px-3 py-2">{t("deadline")}</th><th className="px-3 py-2">{t("extended")}</th><th className="px-3 py-2">{t("status")}</th><th className="px-3 py-2">{t("catalogue")}</th>{canExtend ? <th className="px-3 py-2">{t("extend")}</th> : null}</tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} className="border-t align-top">
              <td className="px-3 py-2 font-medium">{y.year}</td>
              <td className="px-3 py-2">{formatDate(y.sctSubmissionDeadline, true)}</td>
              <td className="px-3 py-2">{formatDate(y.registrationDeadline, true)}</td>
              <td className="px-3 py-2">{y.registrationExtendedTo ? formatDate(y.registrationExtendedTo, true) : "—"}</td>
              <td className={`px-3 py-2 ${y.open ? "text-emerald-700" : "text-slate-500"}`}>{y.open ? t("open") : t("closed")}</td>
              <td className="px-3 py-2">{y.catalogue}</td>
              {canExtend ? <td className="px-3 py-2">{y.extendable ? <ExtendDeadlineForm year={y.year} /> : <span className="text-xs text-slate-500">{t("notExtendable")}</span>}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
