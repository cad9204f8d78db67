"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatChartNumber } from "@/lib/format";
import type { MonthPoint } from "@/lib/reports/display";

export type CumulativeChartProps = {
  points: MonthPoint[];
  labels: { current: string; lastYear: string; month: string; unit: string };
};

/** Executed cumulated by month, this year against last year (values in tỷ đồng, texts exact from the server). */
export default function CumulativeChartImpl({ points, labels }: CumulativeChartProps) {
  const data = points.map((p) => ({ ...p, name: `${labels.month} ${p.month}` }));
  return (
    <div className="h-72 w-full" data-testid="chart-cumulative">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="name" fontSize={12} />
          <YAxis fontSize={12} tickFormatter={(value: number) => formatChartNumber(value)} label={{ value: labels.unit, angle: -90, position: "insideLeft", fontSize: 12 }} />
          <Tooltip
            formatter={(_value, name, item) => {
              const p = item.payload as (typeof data)[number];
              return [(name === labels.current ? p.currentText : p.lastYearText) ?? "–", name];
            }}
          />
          <Legend />
          <Line isAnimationActive={false} type="monotone" dataKey="current" name={labels.current} stroke="#1d4ed8" strokeWidth={2} connectNulls={false} dot={{ r: 3 }} />
          <Line isAnimationActive={false} type="monotone" dataKey="lastYear" name={labels.lastYear} stroke="#94a3b8" strokeWidth={2} strokeDasharray="5 4" dot={{ r: 2 }} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
