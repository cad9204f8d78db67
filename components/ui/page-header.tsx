import type { ReactNode } from "react";
import Link from "next/link";

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-4">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      {children ? <div className="mt-1 text-sm text-slate-600">{children}</div> : null}
    </header>
  );
}

export function StatCard({ label, value, hint, testId, href }: { label: string; value: string; hint?: string; testId?: string; href?: string }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-4" data-testid={testId}>
      <div className="text-sm text-slate-600">{href ? <Link href={href} className="text-blue-700 underline-offset-2 hover:underline">{label}</Link> : label}</div>
      <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</div>
      {hint ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
    </div>
  );
}
