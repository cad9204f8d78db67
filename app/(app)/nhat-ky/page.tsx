import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditEntries } from "@/components/audit/audit-entries";
import { DateInput } from "@/components/forms/date-input";
import { PageHeader } from "@/components/ui/page-header";
import { canSearchAudit } from "@/lib/audit/policy";
import { searchAudit } from "@/lib/audit/queries";
import { AuditSearchSchema } from "@/lib/audit/schemas";
import { requireActor } from "@/lib/auth/session";
import { formatIsoDay } from "@/lib/calendar";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!canSearchAudit(actor)) notFound();
  const raw = await searchParams;
  const search = AuditSearchSchema.parse({ action: first(raw.action), entity: first(raw.entity), user: first(raw.user), from: first(raw.from), to: first(raw.to), before: first(raw.before) });
  const page = await searchAudit(actor, search);
  const t = await getTranslations("audit");
  const kept = { action: search.action ?? "", entity: search.entity ?? "", user: search.user ?? "", from: search.from ? formatIsoDay(search.from) : "", to: search.to ? formatIsoDay(search.to) : "" };
  const query = new URLSearchParams(Object.entries(kept).filter(([, v]) => v));
  const field = (name: keyof typeof kept, label: string, date = false) => (
    <label className="flex flex-col text-sm">
      <span>{label}</span>
      {date ? <DateInput name={name} defaultValue={kept[name]} className="w-36 rounded border border-slate-300 px-3 py-2" /> : <input name={name} type="search" defaultValue={kept[name]} className="rounded border border-slate-300 px-3 py-2" />}
    </label>
  );
  return (
    <div className="space-y-4">
      <PageHeader title={t("searchTitle")}>{t("searchNote")}</PageHeader>
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        {field("action", t("filterAction"))}
        {field("entity", t("filterEntity"))}
        {field("user", t("filterUser"))}
        {field("from", t("from"), true)}
        {field("to", t("to"), true)}
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">{t("search")}</button>
      </form>
      <AuditEntries page={page} showProject olderHref={(b) => `/nhat-ky?${new URLSearchParams([...query, ["before", String(b)]])}`} />
    </div>
  );
}
