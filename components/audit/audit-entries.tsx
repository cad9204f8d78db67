import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actionKey, describeData, type AuditPage } from "@/lib/audit/describe";
import { formatDateTime } from "@/lib/format";

/** The trail as a table, newest first, with a link to older entries (keyset on the entry id). */
export async function AuditEntries({ page, olderHref, showProject = false }: { page: AuditPage; olderHref: (before: bigint) => string; showProject?: boolean }) {
  const t = await getTranslations();
  const label = (scope: "actions" | "fields", key: string) => (t.has(`audit.${scope}.${key}`) ? t(`audit.${scope}.${key}` as "audit.actions.project_create") : key);
  const value = (field: string, text: string) => ((field === "from" || field === "to") && t.has(`status.${text}`) ? t(`status.${text}` as "status.DRAFT") : text);
  if (page.rows.length === 0) return <p className="text-sm text-slate-600">{t("audit.empty")}</p>;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="min-w-full rounded border border-slate-200 bg-white text-sm" data-testid="audit-entries">
          <thead className="bg-slate-50 text-left">
            <tr>
              <th className="px-3 py-2">{t("audit.at")}</th>
              <th className="px-3 py-2">{t("audit.actor")}</th>
              <th className="px-3 py-2">{t("audit.action")}</th>
              <th className="px-3 py-2">{t("audit.entity")}</th>
              <th className="px-3 py-2">{t("audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id.toString()} className="border-t align-top">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(row.at)}</td>
                <td className="px-3 py-2">{row.actorName ?? t("audit.system")}{row.actorEmail ? <div className="text-xs text-slate-600">{row.actorEmail}</div> : null}</td>
                <td className="px-3 py-2">{label("actions", actionKey(row.action))}</td>
                <td className="px-3 py-2 text-xs">
                  {row.entityType}
                  {showProject && row.projectId ? <div><Link className="text-blue-700 hover:underline" href={`/de-an/${row.projectId}/lich-su`}>{t("audit.openProject")}</Link></div> : null}
                </td>
                <td className="px-3 py-2">
                  <dl className="space-y-0.5">
                    {describeData(row.data).map((line) => (
                      <div key={line.field} className="flex gap-2">
                        <dt className="shrink-0 text-slate-600">{label("fields", line.field)}:</dt>
                        <dd className="break-words">{value(line.field, line.value)}</dd>
                      </div>
                    ))}
                  </dl>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.nextBefore ? <Link className="mt-3 inline-block text-sm text-blue-700 hover:underline" href={olderHref(page.nextBefore)} data-testid="audit-older">{t("audit.more")}</Link> : null}
    </div>
  );
}
