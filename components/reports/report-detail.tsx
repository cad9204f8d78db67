import { PageHeader } from "@/components/ui/page-header";
import type { ReportFilterOptions } from "@/lib/reports/filter-options";
import type { Dimension, Report } from "@/lib/reports/types";
import { CumulativeSection } from "./cumulative-section";
import { KpiTiles } from "./kpi-tiles";
import { OutputsSection } from "./outputs-section";
import { ReportContext } from "./report-context";
import { ReportAsOf, ReportFooter } from "./report-footer";
import { LinesSection } from "./report-lines-table";
import { ReportToolbar } from "./report-toolbar";

const DETAIL_DIMENSIONS: readonly Dimension[] = ["project", "content", "kind", "status", "source", "implementer", "province"];

/** A province's or an implementer's page: the same tiles, lines and curve as the overview, over one subject. */
export async function ReportDetail({ title, path, report, monthly, options, fixed, mergerDate }: { title: string; path: string; report: Report; monthly: Report; options: ReportFilterOptions; fixed: "province" | "implementer"; mergerDate: string }) {
  const { query } = report;
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        <ReportAsOf report={report} />
      </PageHeader>
      <ReportToolbar path={path} query={query} options={options} choices={DETAIL_DIMENSIONS.filter((d) => d !== fixed)} fixed={[fixed]} mergerDate={mergerDate} />
      <KpiTiles report={report} />
      <ReportContext report={report} />
      <LinesSection report={report} />
      <CumulativeSection monthly={monthly} />
      <OutputsSection line={report.total} />
      <ReportFooter report={report} />
    </div>
  );
}
