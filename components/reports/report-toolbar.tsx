import type { ReportFilterOptions } from "@/lib/reports/filter-options";
import type { Dimension, ReportQuery } from "@/lib/reports/types";
import { FilterBar } from "./filter-bar";
import { ReportActions } from "./report-actions";
import { BasisSwitch, BySwitch, ViewLinks } from "./view-switch";

/** The filters, the basis and grouping switches, and the exports of a view. */
export function ReportToolbar({ path, query, options, choices, fixed, mergerDate }: { path: string; query: ReportQuery; options: ReportFilterOptions; choices: readonly Dimension[]; fixed?: readonly ("province" | "implementer")[]; mergerDate: string }) {
  return (
    <>
      <FilterBar query={query} options={options} action={path} fixed={fixed} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap gap-3">
          <BasisSwitch path={path} query={query} mergerDate={mergerDate} />
          <BySwitch path={path} query={query} choices={choices} />
          <ViewLinks path={path} query={query} />
        </div>
        <ReportActions query={query} />
      </div>
    </>
  );
}
