import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import type { Grouping } from "@/lib/admin-units/groups";
import { listProvinces, type ProvinceRow } from "@/lib/admin-units/queries";
import { ProvinceListInputSchema } from "@/lib/admin-units/schemas";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

type Search = Promise<Record<string, string | string[] | undefined>>;
type T = Awaited<ReturnType<typeof getTranslations>>;

/** A straddling province lists every group with the former provinces that brought it there. */
function straddlingText(t: T, g: Extract<Grouping, { kind: "straddling" }>): string {
  const parts = g.parts.map((p) => (p.formerProvinces.length ? t("provinces.straddlingPart", { group: p.groupName, names: p.formerProvinces.map((f) => f.name).join(", ") }) : p.groupName));
  return t("provinces.straddling", { parts: parts.join("; ") });
}

function zoneCell(t: T, p: ProvinceRow) {
  if (p.zoneGrouping.kind === "straddling") return { text: straddlingText(t, p.zoneGrouping) };
  if (p.zones.length === 0) return { text: t("provinces.noZone"), muted: true };
  return { text: p.zones.map((z) => `${z.name}${z.official ? "" : " " + t("provinces.zoneDerived")}`).join(", ") };
}

function regionCell(t: T, p: ProvinceRow) {
  const g = p.regions;
  if (g.kind === "none") return { text: t("provinces.noRegion"), muted: true };
  const text = g.kind === "straddling" ? straddlingText(t, g) : g.groupName;
  return { text: p.regionsDerived ? `${text} ${t("provinces.regionDerived")}` : text };
}

export default async function ProvincesPage({ searchParams }: { searchParams: Search }) {
  await requireActor();
  const t = await getTranslations();
  const input = ProvinceListInputSchema.parse(await searchParams);
  const { mergerDate, rows } = await listProvinces(input);
  const toggle = (set: "63" | "34") => `/tinh-thanh?${new URLSearchParams({ set, ...(input.q ? { q: input.q } : {}) })}`;
  return (
    <div>
      <PageHeader title={t("provinces.title")}>{t("provinces.note", { date: formatDate(mergerDate, true) })}</PageHeader>
      <div className="mb-3 inline-flex overflow-hidden rounded border border-slate-300 text-sm" role="group">
        {(["63", "34"] as const).map((set) => (
          <Link key={set} href={toggle(set)} aria-current={input.set === set ? "page" : undefined} className={`px-3 py-1.5 ${input.set === set ? "bg-blue-700 text-white" : "bg-white hover:bg-slate-100"}`}>
            {t(`provinces.set${set}`, { date: formatDate(mergerDate, true) })}
          </Link>
        ))}
      </div>
      <SearchForm q={input.q}>
        <input type="hidden" name="set" value={input.set} />
      </SearchForm>
      <DataTable
        emptyText={t("common.noResults")}
        columns={[
          { key: "code", header: t("common.code") },
          { key: "name", header: t("common.name") },
          { key: "type", header: t("provinces.type") },
          { key: "zone", header: t("provinces.zone") },
          { key: "region", header: t("provinces.region") },
          { key: "succession", header: input.set === "63" ? t("provinces.mergedInto") : t("provinces.formedFrom") },
        ]}
        rows={rows.map((p) => ({
          id: p.id,
          cells: {
            code: { text: p.code },
            name: { text: p.matchedFormer.length ? `${p.name} (${t("provinces.includesFormer", { names: p.matchedFormer.join(", ") })})` : p.name },
            type: { text: p.isCentralCity ? t("provinces.centralCity") : t("provinces.province") },
            zone: zoneCell(t, p),
            region: regionCell(t, p),
            succession: { text: (input.set === "63" ? p.successors : p.predecessors).map((s) => `${s.name} (${s.code})`).join("; ") },
          },
        }))}
      />
    </div>
  );
}
