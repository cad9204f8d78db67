import "server-only";
// Versioned administrative units: the 63 provinces before 1/7/2025 and the 34 after.
import { z } from "zod";
import { db, type Tx } from "../db/client";
import { toSearchText } from "../search-text";
import { SearchSchema } from "../pagination";

/** The day the 34-province set took effect (Nghị quyết 202/2025/QH15). */
export const MERGER_DATE = new Date(Date.UTC(2025, 6, 1));

/** The province with its predecessors and successors (Nghị quyết 202/2025/QH15). */
export async function provinceFamily(tx: Pick<Tx, "provinceSuccession">, id: string | null): Promise<string[]> {
  if (!id) return [];
  const links = await tx.provinceSuccession.findMany({ where: { OR: [{ toProvinceId: id }, { fromProvinceId: id }] }, select: { fromProvinceId: true, toProvinceId: true } });
  return [...new Set([id, ...links.flatMap((l) => [l.fromProvinceId, l.toProvinceId])])];
}

export const ProvinceSetSchema = z.enum(["63", "34"]).catch("34");
export type ProvinceSet = z.infer<typeof ProvinceSetSchema>;

export const ProvinceListInputSchema = z.object({ set: ProvinceSetSchema, q: SearchSchema });
export type ProvinceListInput = z.infer<typeof ProvinceListInputSchema>;

export type ProvinceRow = {
  id: string;
  code: string;
  name: string;
  isCentralCity: boolean;
  validFrom: Date;
  validTo: Date | null;
  zones: { code: string; name: string; official: boolean }[];
  regions: string[];
  successors: { code: string; name: string }[];
  predecessors: { code: string; name: string }[];
};

/** The set in force at a date: 63 before the merger date, 34 from it. */
export function provinceSetAt(date: Date): ProvinceSet {
  return date < MERGER_DATE ? "63" : "34";
}

export async function listProvinces(input: ProvinceListInput): Promise<ProvinceRow[]> {
  const onDate = input.set === "63" ? new Date(Date.UTC(2025, 5, 30)) : new Date();
  const q = input.q ? toSearchText(input.q) : undefined;
  const rows = await db().province.findMany({
    where: {
      AND: [
        { validFrom: { lte: onDate } },
        { OR: [{ validTo: null }, { validTo: { gt: onDate } }] },
        q ? { OR: [{ searchText: { contains: q } }, { code: { startsWith: q } }] } : {},
      ],
    },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      isCentralCity: true,
      validFrom: true,
      validTo: true,
      zoneMemberships: { select: { official: true, zone: { select: { code: true, name: true } } } },
      regionMemberships: { select: { region: { select: { name: true } } } },
      successors: { select: { to: { select: { code: true, name: true } } } },
      predecessors: { select: { from: { select: { code: true, name: true } } }, orderBy: { from: { code: "asc" } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    isCentralCity: r.isCentralCity,
    validFrom: r.validFrom,
    validTo: r.validTo,
    zones: r.zoneMemberships.map((m) => ({ code: m.zone.code, name: m.zone.name, official: m.official })),
    regions: r.regionMemberships.map((m) => m.region.name),
    successors: r.successors.map((s) => s.to),
    predecessors: r.predecessors.map((p) => p.from),
  }));
}

/** The provinces in force today (the 34), for choices that are not limited to the actor's scope. */
export async function provincesInForce(): Promise<{ id: string; name: string }[]> {
  return db().province.findMany({ where: { validTo: null }, orderBy: { code: "asc" }, select: { id: true, name: true } });
}
