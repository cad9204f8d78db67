import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canDraftProject } from "@/lib/projects/policy";
import { requireActor } from "@/lib/auth/session";
import { nextPlanYear } from "@/lib/calendar";
import { listExportYears } from "@/lib/mau-2/queries";
import { formatInteger } from "@/lib/format";
import { MAX_IMPORT_ROWS } from "@/lib/mau-2/read-workbook";
import { ImportPanel } from "./_components/import-panel";

// Mẫu 2 (TT 36/2013/TT-BCT Phụ lục 1) in and out of Excel: export the registration list the user
// may see; import drafts implemented by the user's organisation (SCT and centres only).
export default async function ExcelPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const years = await listExportYears();
  const asked = Number((await searchParams).year);
  const year = years.includes(asked) ? asked : (years[0] ?? nextPlanYear());
  const select = "rounded border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <div className="space-y-8">
      <Link href="/de-an" className="text-sm text-blue-700 hover:underline">← {t("excel.back")}</Link>
      <PageHeader title={t("excel.title")}>{t("excel.intro")}</PageHeader>

      <section aria-labelledby="excel-export" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="excel-export" className="text-lg font-semibold">{t("excel.export.heading")}</h2>
        <p className="text-sm text-slate-600">{t("excel.export.help")}</p>
        <form method="get" action="/de-an/excel/xuat" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium">{t("excel.export.year")}</span>
            <select name="year" defaultValue={year} className={select}>
              {(years.length ? years : [year]).map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium">{t("excel.export.source")}</span>
            <select name="source" defaultValue="" className={select}>
              <option value="">{t("excel.export.allSources")}</option>
              <option value="KCQG">{t("fundingSource.KCQG")}</option>
              <option value="KCDP">{t("fundingSource.KCDP")}</option>
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="include" value="all" />
            <span>{t("excel.export.includeDraftsAndRejected")}</span>
          </label>
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">{t("excel.export.submit")}</button>
        </form>
      </section>

      <section aria-labelledby="excel-import" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="excel-import" className="text-lg font-semibold">{t("excel.import.heading")}</h2>
        {canDraftProject(actor) ? (
          <>
            <p className="text-sm text-slate-600">{t("excel.import.help", { maxRows: formatInteger(MAX_IMPORT_ROWS) })}</p>
            <ImportPanel />
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("excel.import.notAllowed")}</p>
        )}
      </section>
    </div>
  );
}
