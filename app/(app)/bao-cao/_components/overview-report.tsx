// The streamed part of /bao-cao: it starts and awaits the request's one reportOverview once the
// shell is sent, so the shell's first byte never waits for the builds (decision 070). One boundary for every figure, the "as of"
// line included, so the figures appear together and a test that sees one sees them all.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CumulativeSection } from "@/components/reports/cumulative-section";
import { KpiTiles } from "@/components/reports/kpi-tiles";
import { ReportContext } from "@/components/reports/report-context";
import { ReportRefusal } from "@/components/reports/report-error";
import { ReportAsOf, ReportFooter } from "@/components/reports/report-footer";
import { OutputsSection } from "@/components/reports/outputs-section";
import { LinesSection } from "@/components/reports/report-lines-table";
import { ReportMap } from "@/components/reports/report-map";
import type { Actor } from "@/lib/auth/actor";
import { reportOverview } from "@/lib/reports/overview";
import type { ReportQuery } from "@/lib/reports/types";
import { loadView } from "../read-query";

/** As of, tiles, lines, the monthly curve, the map, outputs and footer; a refusal is the core's message in place. */
export async function OverviewBody({ actor, query }: { actor: Actor; query: ReportQuery }) {
  const loaded = await loadView(reportOverview(actor, query));
  if (!loaded.ok) {
    const t = await getTranslations("reportPages");
    return (
      <div className="space-y-4">
        <ReportRefusal message={loaded.message} fields={loaded.fields} />
        <Link href="/bao-cao" className="text-sm text-blue-700 underline">{t("reset")}</Link>
      </div>
    );
  }
  const { report, monthly, map } = loaded.value;
  return (
    <>
      <ReportAsOf report={report} />
      <KpiTiles report={report} />
      <ReportContext report={report} />
      <LinesSection report={report} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,32rem)]">
        <CumulativeSection monthly={monthly} />
        <ReportMap set={map.set} basis={query.basis} cells={map.cells} unplaced={map.unplaced} />
      </div>
      <OutputsSection line={report.total} />
      <ReportFooter report={report} />
    </>
  );
}
