import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { reportSearchParams } from "@/lib/reports/query";
import type { Dimension, ReportQuery } from "@/lib/reports/types";

const base = "px-3 py-1.5";
const on = `${base} bg-blue-700 text-white`;
const off = `${base} bg-white hover:bg-slate-100`;

/** The geography basis as links (same view, another basis): 63, 34, or as recorded. */
export async function BasisSwitch({ path, query, mergerDate }: { path: string; query: ReportQuery; mergerDate: string }) {
  const t = await getTranslations("reportPages");
  return (
    <div className="inline-flex overflow-hidden rounded border border-slate-300 text-sm" role="group" aria-label={t("filter.basis")}>
      {(["63", "34", "recorded"] as const).map((basis) => (
        <Link key={basis} href={`${path}?${reportSearchParams(query, { basis })}`} aria-current={query.basis === basis ? "true" : undefined} className={query.basis === basis ? on : off} data-testid={`basis-${basis}`} title={t(`basisFooter.${basis}`, { date: mergerDate })}>
          {t(`basis.${basis}`)}
        </Link>
      ))}
    </div>
  );
}

/** The grouping of the lines table as links (by zone, by region, …). */
export async function BySwitch({ path, query, choices }: { path: string; query: ReportQuery; choices: readonly Dimension[] }) {
  const t = await getTranslations("reportPages");
  return (
    <div className="inline-flex overflow-hidden rounded border border-slate-300 text-sm" role="group" aria-label={t("filter.by")}>
      {choices.map((by) => (
        <Link key={by} href={`${path}?${reportSearchParams(query, { by })}`} aria-current={query.by === by ? "true" : undefined} className={query.by === by ? on : off} data-testid={`by-${by}`}>
          {t(`by.${by}`)}
        </Link>
      ))}
    </div>
  );
}
