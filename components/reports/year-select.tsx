"use client";
// The year choice of the report filters. A cut-off date belongs to one year, so choosing another
// year clears it (the report then reads today, capped to that year) instead of sending a date the
// core would refuse as outside the year. Without JavaScript the core's message says so.
import type { ChangeEvent } from "react";

export function YearSelect({ label, value, years }: { label: string; value: number; years: readonly number[] }) {
  const clearDate = (event: ChangeEvent<HTMLSelectElement>) => {
    const date = event.currentTarget.form?.elements.namedItem("date");
    if (date instanceof HTMLInputElement) date.value = "";
  };
  return (
    <label className="flex flex-col text-xs text-slate-600">
      <span className="mb-1">{label}</span>
      <select name="year" defaultValue={String(value)} onChange={clearDate} className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900" data-testid="filter-year">
        {years.map((y) => (
          <option key={y} value={String(y)}>{y}</option>
        ))}
      </select>
    </label>
  );
}
