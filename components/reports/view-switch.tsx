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
    <div className="inline-flex max-w-full flex-wrap overflow-hidden rounded border border-slate-300 text-sm" role="group" aria-label={t("filter.basis")}>
      {(["63", "34", "recorded"] as const).map((basis) => (
        <Link key={basis} href={`${path}?${reportSearchParams(query, { basis })}`} aria-current={query.basis === basis ? "true" : undefined} className={query.basis === basis ? on : off} data-testid={`basis-${basis}`} title={t(`basisHint.${basis}`, { date: mergerDate })}>
          {t(`basis.${basis}`)}
        </Link>
      ))}
    </div>
  );
}

/** The grouping of the lines table as links (by zone, by region, …). */
export async function BySwitch({ path, query, choices }: { path: string; query: ReportQuery; choices: readonly Dimension[] }) {
  if (!choices.length) return null;
  const t = await getTranslations("reportPages");
  return (
    <div className="inline-flex max-w-full flex-wrap overflow-hidden rounded border border-slate-300 text-sm" role="group" aria-label={t("filter.by")}>
      {choices.map((by) => (
        <Link key={by} href={`${path}?${reportSearchParams(query, { by })}`} aria-current={query.by === by ? "true" : undefined} className={query.by === by ? on : off} data-testid={`by-${by}`}>
          {t(`by.${by}`)}
        </Link>
      ))}
    </div>
  );
}

/** The report views, each keeping the query: the overview and the trend over years. */
export async function ViewLinks({ path, query }: { path: string; query: ReportQuery }) {
  const t = await getTranslations("reportPages");
  const views = [
    { href: "/bao-cao", label: t("overviewLink"), testId: "view-overview" },
    { href: "/bao-cao/xu-huong", label: t("trend.title"), testId: "view-trend" },
  ];
  return (
    <nav className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label={t("viewsLabel")}>
      {views.map((v) => (
        <Link key={v.href} href={`${v.href}?${reportSearchParams(query)}`} aria-current={path === v.href ? "page" : undefined} className={path === v.href ? "font-semibold text-slate-900" : "text-blue-700 hover:underline"} data-testid={v.testId}>
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
