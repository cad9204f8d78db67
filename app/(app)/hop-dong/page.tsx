// Contracts the actor may see (lib/contracts/policy: Cục all, SCT its province, centres their own
// đề án), filtered by plan year and status in the URL.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { canReadContracts } from "@/lib/contracts/policy";
import { listContracts } from "@/lib/contracts/queries";
import { ContractListInputSchema } from "@/lib/contracts/schemas";
import { formatAmount, formatDate } from "@/lib/format";

const STATUSES = ["SIGNED", "LIQUIDATED", "TERMINATED", "DRAFT"] as const;

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!canReadContracts(actor)) notFound();
  const params = await searchParams;
  const input = ContractListInputSchema.parse(params);
  const page = await listContracts(actor, input);
  const t = await getTranslations("contracts");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")}>{t("unit")}</PageHeader>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label={t("filters")}>
        <label className="flex flex-col">
          <span>{t("year")}</span>
          <input name="year" type="number" defaultValue={input.year ?? ""} className="w-28 rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span>{t("statusLabel")}</span>
          <select name="status" defaultValue={input.status ?? ""} className="rounded border border-slate-300 px-2 py-1">
            <option value="">{t("allStatuses")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white">{t("filter")}</button>
      </form>
      <DataTable
        emptyText={t("empty")}
        columns={[
          { key: "number", header: t("number") },
          { key: "kind", header: t("kindLabel") },
          { key: "project", header: t("project") },
          { key: "partyA", header: t("partyA") },
          { key: "partyB", header: t("partyB") },
          { key: "signedOn", header: t("signedOn") },
          { key: "value", header: t("value"), align: "right" },
          { key: "status", header: t("statusLabel") },
        ]}
        rows={page.rows.map((c) => ({
          id: c.id,
          cells: {
            number: { text: c.number, href: `/hop-dong/${c.id}` },
            kind: { text: t(`kind.${c.kind}`) },
            project: { text: `${c.project.code} – ${c.project.title}`, href: `/de-an/${c.project.id}` },
            partyA: { text: c.partyAName },
            partyB: { text: c.partyBName },
            signedOn: { text: c.signedOn ? formatDate(c.signedOn, true) : "—", sort: c.signedOn?.getTime() ?? 0 },
            value: { text: formatAmount(c.value, "trieu"), sort: Number(c.value / 1_000_000n) },
            status: { text: t(`status.${c.status}`) },
          },
        }))}
      />
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} params={{ year: input.year ? String(input.year) : undefined, status: input.status }} basePath="/hop-dong" />
    </div>
  );
}
