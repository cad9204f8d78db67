import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import type { ReportFilterOptions } from "@/lib/reports/filter-options";
import { reportSearchParams } from "@/lib/reports/query";
import type { ReportQuery } from "@/lib/reports/types";
import { FilterBar } from "./filter-bar";

/** The filter form kept on an error page: the query of the URL's valid parameters, and the actor's choices. */
export type ErrorFilters = { query: ReportQuery; options: ReportFilterOptions };

/** The core's refusal as an alert: its message and the fields it names. */
export async function ReportRefusal({ message, fields }: { message: string; fields?: Record<string, string> }) {
  const t = await getTranslations("reportPages");
  return (
    <div role="alert" data-testid="report-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p>{message}</p>
      {fields && Object.keys(fields).length ? (
        <ul className="mt-1 list-disc pl-5">
          {Object.entries(fields).map(([field, text]) => (
            <li key={field}>{t.has(`field.${field}`) ? t(`field.${field}`) : field}: {text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A query the core refused (bad year, date, unknown filter value): its message, on the page, with
 * the filter form holding the user's valid values (so only the wrong one needs correcting), a link
 * to the report without the wrong values, and one to the default report.
 */
export async function ReportError({ title, message, fields, resetHref, filters, fixed }: { title: string; message: string; fields?: Record<string, string>; resetHref: string; filters?: ErrorFilters; fixed?: readonly ("province" | "implementer")[] }) {
  const t = await getTranslations("reportPages");
  return (
    <div className="space-y-4">
      <PageHeader title={title} />
      <ReportRefusal message={message} fields={fields} />
      {filters ? <FilterBar query={filters.query} options={filters.options} action={resetHref} fixed={fixed} /> : null}
      <p className="flex flex-wrap gap-4 text-sm">
        {filters ? (
          <Link href={`${resetHref}?${reportSearchParams(filters.query)}`} className="text-blue-700 underline" data-testid="report-error-valid">
            {t("withValidFilters")}
          </Link>
        ) : null}
        <Link href={resetHref} className="text-blue-700 underline">{t("reset")}</Link>
      </p>
    </div>
  );
}
