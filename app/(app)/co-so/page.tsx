import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requireActor } from "@/lib/auth/session";
import { listFacilities } from "@/lib/facilities/queries";
import { FacilityListInputSchema } from "@/lib/facilities/schemas";
import { formatInteger } from "@/lib/format";

export default async function FacilitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const input = FacilityListInputSchema.parse(await searchParams);
  const page = await listFacilities(actor, input);
  return (
    <div>
      <PageHeader title={t("facilities.title")} />
      <SearchForm q={input.q} />
      <DataTable
        emptyText={t("common.noResults")}
        columns={[
          { key: "taxCode", header: t("facilities.taxCode") },
          { key: "name", header: t("common.name") },
          { key: "kind", header: t("facilities.kind") },
          { key: "size", header: t("facilities.size") },
          { key: "industry", header: t("facilities.industry") },
          { key: "place", header: t("common.province") },
          { key: "village", header: t("facilities.craftVillage") },
          { key: "projects", header: t("facilities.projects"), align: "right" },
        ]}
        rows={page.rows.map((f) => ({
          id: f.id,
          cells: {
            taxCode: { text: f.taxCode },
            name: { text: f.name },
            kind: { text: t(`facilityKind.${f.kind}`) },
            size: { text: t(`facilitySize.${f.size}`) },
            industry: { text: f.industry },
            place: { text: [f.commune, f.province].filter(Boolean).join(", ") },
            village: { text: f.inCraftVillage ? t("common.yes") : t("common.no") },
            projects: { text: formatInteger(f.projectCount), sort: f.projectCount },
          },
        }))}
      />
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath="/co-so" params={{ q: input.q }} />
    </div>
  );
}
