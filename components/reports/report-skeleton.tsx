import { getTranslations } from "next-intl/server";

/** What a streamed report shows until its figures arrive: a status line and the blocks' outlines. */
export async function ReportSkeleton() {
  const t = await getTranslations("reportPages");
  return (
    <div className="space-y-6" data-testid="report-loading">
      <p role="status" className="text-sm text-slate-600">{t("loading")}</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded border border-slate-200 bg-slate-100" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded border border-slate-200 bg-slate-100" aria-hidden="true" />
    </div>
  );
}
