"use client";
// recharts is loaded only by the pages that draw a chart, and only in the browser: the figures are
// also in the table beside the chart, so the page reads complete before (or without) it.
import dynamic from "next/dynamic";
import type { CumulativeChartProps } from "./cumulative-chart-impl";

const Impl = dynamic(() => import("./cumulative-chart-impl"), { ssr: false, loading: () => <div className="h-72 rounded bg-slate-50" aria-hidden /> });

export function CumulativeChart(props: CumulativeChartProps) {
  return <Impl {...props} />;
}
