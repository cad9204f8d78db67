import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** A query the core refused (bad year, date, unknown filter value): its message, on the page, with a way back. */
export async function ReportError({ title, message, fields, resetHref }: { title: string; message: string; fields?: Record<string, string>; resetHref: string }) {
  const t = await getTranslations("reportPages");
  return (
    <div className="space-y-4">
      <PageHeader title={title} />
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
      <Link href={resetHref} className="text-blue-700 underline">{t("reset")}</Link>
    </div>
  );
}
