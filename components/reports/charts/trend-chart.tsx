"use client";
// As cumulative-chart.tsx: recharts only on this page, in the browser; the table carries the figures.
import dynamic from "next/dynamic";
import type { TrendChartProps } from "./trend-chart-impl";

const Impl = dynamic(() => import("./trend-chart-impl"), { ssr: false, loading: () => <div className="h-72 rounded bg-slate-50" aria-hidden /> });

export function TrendChart(props: TrendChartProps) {
  return <Impl {...props} />;
}
