import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { canAdminister } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listOrganisations } from "@/lib/organisations/queries";
import { OrganisationListInputSchema } from "@/lib/organisations/schemas";
import { LockedAccounts } from "./_components/locked-accounts";

const KINDS = ["CUC", "MINISTRY_UNIT", "REGIONAL_CENTRE", "SCT", "PROVINCIAL_CENTRE", "OTHER_IMPLEMENTER"] as const;

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const input = OrganisationListInputSchema.parse(await searchParams);
  const page = await listOrganisations(input);
  return (
    <div>
      <PageHeader title={t("organisations.title")} />
      {canAdminister(actor) ? <LockedAccounts actor={actor} /> : null}
      <SearchForm q={input.q}>
        <select name="kind" defaultValue={input.kind ?? ""} aria-label={t("organisations.kind")} className="rounded border border-slate-300 px-2 py-2 text-sm">
          <option value="">{t("common.all")}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>{t(`orgKind.${k}`)}</option>
          ))}
        </select>
        <select name="current" defaultValue={input.current} aria-label={t("organisations.showFormer")} className="rounded border border-slate-300 px-2 py-2 text-sm">
          <option value="1">{t("organisations.onlyCurrent")}</option>
          <option value="0">{t("organisations.showFormer")}</option>
        </select>
      </SearchForm>
      <DataTable
        emptyText={t("common.noResults")}
        columns={[
          { key: "name", header: t("common.name") },
          { key: "kind", header: t("organisations.kind") },
          { key: "province", header: t("common.province") },
          { key: "former", header: t("organisations.formerNames") },
          { key: "validity", header: t("common.validFrom") },
          { key: "successor", header: t("organisations.successor") },
        ]}
        rows={page.rows.map((o) => ({
          id: o.id,
          cells: {
            name: { text: o.name },
            kind: { text: t(`orgKind.${o.kind}`) },
            province: { text: o.province ?? "—" },
            former: { text: o.formerNames.join("; ") || "—", muted: true },
            validity: { text: `${formatDate(o.validFrom, true)}${o.validTo ? " – " + formatDate(o.validTo, true) : ""}`, sort: o.validFrom.toISOString() },
            successor: { text: o.successor ?? "—" },
          },
        }))}
      />
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath="/to-chuc" params={{ q: input.q, kind: input.kind, current: input.current }} />
    </div>
  );
}
