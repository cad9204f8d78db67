import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { currentPlanYear } from "@/lib/calendar";
import { SUBMITTABLE_PERIODS } from "@/lib/periodic-reports/periods";
import { canSubmitPeriodicReports } from "@/lib/periodic-reports/policy";
import { commitPeriodicUploadAction, previewPeriodicUploadAction, rejectedPeriodicRowsAction } from "../actions";
import { UploadPanel } from "../_components/upload-panel";

// The template (GET /bao-cao-dinh-ky/mau) and the upload: check, then save all or only valid rows.
export default async function PeriodicUploadPage() {
  const actor = await requireActor();
  if (!canSubmitPeriodicReports(actor)) notFound();
  const t = await getTranslations("periodicReports");
  const thisYear = currentPlanYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const select = "rounded border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <div className="space-y-8">
      <Link href="/bao-cao-dinh-ky" className="text-sm text-blue-700 hover:underline">← {t("back")}</Link>
      <PageHeader title={t("uploadPage.title")} />
      <section aria-labelledby="periodic-template" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="periodic-template" className="text-lg font-semibold">{t("uploadPage.templateHeading")}</h2>
        <p className="text-sm text-slate-600">{t("uploadPage.templateHelp")}</p>
        <form method="get" action="/bao-cao-dinh-ky/mau" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium">{t("form.year")}</span>
            <select name="year" defaultValue={thisYear} className={select}>{years.map((y) => <option key={y} value={y}>{y}</option>)}</select>
          </label>
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium">{t("form.period")}</span>
            <select name="period" defaultValue="H1" className={select}>{SUBMITTABLE_PERIODS.map((p) => <option key={p} value={p}>{t(`period.${p}`)}</option>)}</select>
          </label>
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">{t("uploadPage.download")}</button>
        </form>
      </section>
      <section aria-labelledby="periodic-upload" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="periodic-upload" className="text-lg font-semibold">{t("uploadPage.uploadHeading")}</h2>
        <p className="text-sm text-slate-600">{t("uploadPage.uploadHelp")}</p>
        <UploadPanel preview={previewPeriodicUploadAction} commit={commitPeriodicUploadAction} rejected={rejectedPeriodicRowsAction} />
      </section>
    </div>
  );
}
