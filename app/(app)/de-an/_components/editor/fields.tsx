"use client";
import type { ReactNode } from "react";

export function Field({ label, error, children, wide }: { label: string; error?: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`flex flex-col gap-1 text-sm ${wide ? "md:col-span-2" : ""}`}>
      <span className="font-medium text-slate-700">{label}</span>
      {children}
      {error ? <span role="alert" className="text-xs text-red-700">{error}</span> : null}
    </label>
  );
}

export const inputClass = (error?: string) => `rounded border px-2 py-1.5 ${error ? "border-red-500 bg-red-50" : "border-slate-300"}`;

export function Section({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <section className="rounded border border-slate-200 bg-white p-4">
      <h2 className="mb-1 text-lg font-semibold">{title}</h2>
      {hint ? <p className="mb-3 text-xs text-slate-500">{hint}</p> : null}
      {children}
    </section>
  );
}
