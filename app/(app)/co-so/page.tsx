import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { provincesInScope } from "@/lib/admin-units/load";
import { requireActor } from "@/lib/auth/session";
import { vietnamToday } from "@/lib/calendar";
import { listFacilities } from "@/lib/facilities/queries";
import { FACILITY_KINDS, FACILITY_SIZES, FacilityListInputSchema } from "@/lib/facilities/schemas";
import { formatInteger } from "@/lib/format";

const selectClass = "rounded border border-slate-300 px-2 py-2";

export default async function FacilitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const input = FacilityListInputSchema.parse(await searchParams);
  // Only the provinces of the actor's scope are offered (the list is scoped anyway).
  const [page, provinces] = await Promise.all([listFacilities(actor, input), provincesInScope(actor, vietnamToday())]);
  const filter = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <label className="flex flex-col text-sm">
      <span className="text-slate-600">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{t("facilities.all")}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );
  const params = { q: input.q, provinceId: input.provinceId, kind: input.kind, size: input.size, supported: input.supported, year: input.year ? String(input.year) : undefined };
  return (
    <div>
      <PageHeader title={t("facilities.title")} />
      <SearchForm q={input.q}>
        {provinces.length > 1 ? filter("provinceId", t("facilities.filterProvince"), input.provinceId, provinces.map((p) => [p.id, p.name])) : null}
        {filter("kind", t("facilities.filterKind"), input.kind, FACILITY_KINDS.map((k) => [k, t(`facilityKind.${k}`)]))}
        {filter("size", t("facilities.filterSize"), input.size, FACILITY_SIZES.map((k) => [k, t(`facilitySize.${k}`)]))}
        {filter("supported", t("facilities.filterSupported"), input.supported, [["yes", t("facilities.supportedYes")], ["no", t("facilities.supportedNo")]])}
        <label className="flex flex-col text-sm">
          <span className="text-slate-600">{t("facilities.filterYear")}</span>
          <input name="year" inputMode="numeric" defaultValue={input.year ?? ""} className={`${selectClass} w-24`} />
        </label>
      </SearchForm>
      <DataTable
        emptyText={t("common.noResults")}
        columns={[
          { key: "taxCode", header: t("facilities.taxCode"), nowrap: true },
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
            taxCode: { text: f.taxCode, href: `/co-so/${f.id}` },
            name: { text: f.name, href: `/co-so/${f.id}` },
            kind: { text: t(`facilityKind.${f.kind}`) },
            size: { text: t(`facilitySize.${f.size}`) },
            industry: { text: f.industry },
            place: { text: [f.commune, f.province].filter(Boolean).join(", ") },
            village: { text: f.inCraftVillage ? t("common.yes") : t("common.no") },
            projects: { text: formatInteger(f.projectCount), sort: f.projectCount },
          },
        }))}
      />
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath="/co-so" params={params} />
    </div>
  );
}
