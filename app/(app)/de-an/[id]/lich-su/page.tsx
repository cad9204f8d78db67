import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEntries } from "@/components/audit/audit-entries";
import { PageHeader } from "@/components/ui/page-header";
import { projectHistory } from "@/lib/audit/queries";
import { HistoryCursorSchema } from "@/lib/audit/schemas";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/app/(app)/or-not-found";

export default async function ProjectHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { id } = await params;
  const before = HistoryCursorSchema.parse((await searchParams).before);
  const history = await orNotFound(projectHistory(actor, id, before));
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {history.title}</Link>
      <PageHeader title={t("audit.historyTitle", { code: history.code })}>{t("audit.historyNote")}</PageHeader>
      <AuditEntries page={history} olderHref={(b) => `/de-an/${id}/lich-su?before=${b}`} />
    </div>
  );
}
