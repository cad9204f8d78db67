"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatChartNumber } from "@/lib/format";

export type TrendPoint = { year: number; plan: number | null; executed: number | null; planText: string; executedText: string; percentText: string };
export type TrendChartProps = { points: TrendPoint[]; labels: { plan: string; executed: string; unit: string } };

/** Plan and executed per year (bars, tỷ đồng); the tooltip shows the server's exact texts and % of plan. */
export default function TrendChartImpl({ points, labels }: TrendChartProps) {
  return (
    <div className="h-72 w-full" data-testid="chart-trend">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="year" fontSize={12} />
          <YAxis fontSize={12} tickFormatter={(value: number) => formatChartNumber(value)} label={{ value: labels.unit, angle: -90, position: "insideLeft", fontSize: 12 }} />
          <Tooltip
            formatter={(_value, name, item) => {
              const p = item.payload as TrendPoint;
              return [name === labels.plan ? p.planText : `${p.executedText} (${p.percentText})`, name];
            }}
          />
          <Legend />
          <Bar isAnimationActive={false} dataKey="plan" name={labels.plan} fill="#cbd5e1" />
          <Bar isAnimationActive={false} dataKey="executed" name={labels.executed} fill="#1d4ed8" />
          <Line isAnimationActive={false} type="monotone" dataKey="executed" name={labels.executed} stroke="#0f172a" dot={false} legendType="none" tooltipType="none" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
