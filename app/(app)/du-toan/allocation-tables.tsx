import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AllocationOverview } from "@/lib/allocations/queries";
import { formatDate, formatInteger, formatPercentBp, toMoneyInput } from "@/lib/format";

const sortable = (amount: bigint) => Number(amount / 1_000n);

/** Per-unit figures and the list of allocations, pre-formatted on the server. */
export async function AllocationTables({ overview }: { overview: AllocationOverview }) {
  const t = await getTranslations("allocations");
  return (
    <>
      <section>
        <h2 className="mb-1 text-lg font-semibold">{t("byUnit")}</h2>
        <p className="mb-2 text-xs text-slate-500">{t("byUnitNote")}</p>
        <DataTable
          emptyText={t("noUnits")}
          columns={[
            { key: "unit", header: t("unit") },
            { key: "projects", header: t("projectCount"), align: "right" },
            { key: "planned", header: t("planned"), align: "right" },
            { key: "allocated", header: t("allocated"), align: "right" },
            { key: "share", header: t("unitShare"), align: "right" },
            { key: "flag", header: t("flag") },
          ]}
          rows={overview.units.map((u) => ({
            id: u.receiverId,
            cells: {
              unit: { text: u.name },
              projects: { text: formatInteger(u.projectCount), sort: u.projectCount },
              planned: { text: toMoneyInput(u.planned), sort: sortable(u.planned) },
              allocated: { text: toMoneyInput(u.allocated), sort: sortable(u.allocated) },
              share: { text: formatPercentBp(u.shareBp), sort: u.shareBp === null ? -1 : Number(u.shareBp) },
              flag: { text: u.itemCount === 0 ? t("notInPlan") : u.overPlan ? t("overPlan") : "", muted: false },
            },
          }))}
        />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("entries")}</h2>
        <div data-testid="allocation-entries">
          <DataTable
            emptyText={t("empty")}
            columns={[
              { key: "date", header: t("date") },
              { key: "unit", header: t("unit") },
              { key: "amount", header: t("amount"), align: "right" },
              { key: "doc", header: t("documentRef") },
              { key: "note", header: t("noteCol"), sortable: false },
            ]}
            rows={overview.entries.map((e) => ({
              id: e.id,
              cells: {
                date: { text: e.counted ? formatDate(e.allocatedOn, true) : t("notYetCounted", { date: formatDate(e.allocatedOn, true) }), sort: e.allocatedOn.toISOString() },
                unit: { text: e.receiverName },
                amount: { text: toMoneyInput(e.amount), sort: sortable(e.amount) },
                doc: { text: e.documentRef },
                note: { text: e.note, muted: true },
              },
            }))}
          />
        </div>
      </section>
    </>
  );
}
