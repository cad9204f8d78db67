// The reference data the generator draws on: the seeded provinces of both maps with their
// organisations, communes and a population-like weight; content categories; advance rules.
import pg from "pg";
import type { Ref } from "../../prisma/seed/context";
import { CENTRAL_NEW, CENTRAL_OLD, provinceLabel } from "../../prisma/seed/context";
import { CATALOG_2012, CATALOG_2025 } from "../../prisma/seed/reference/catalogues";
import { dayNo, type DayNo } from "./days";
import { Weighted } from "./random";

/** Population in hundred thousands (2019 census, rounded) by old GSO code: where rural industry is. */
const POPULATION: Record<string, number> = {
  "01": 80, "02": 9, "04": 5, "06": 3, "08": 8, "10": 7, "11": 6, "12": 5, "14": 12, "15": 8, "17": 9, "19": 13, "20": 8, "22": 13, "24": 18, "25": 15, "26": 12, "27": 14, "30": 19, "31": 20,
  "33": 13, "34": 19, "35": 9, "36": 18, "37": 10, "38": 36, "40": 33, "42": 13, "44": 9, "45": 6, "46": 11, "48": 11, "49": 15, "51": 12, "52": 15, "54": 9, "56": 12, "58": 6, "60": 12, "62": 5,
  "64": 15, "66": 19, "67": 6, "68": 13, "70": 10, "72": 12, "74": 25, "75": 31, "77": 12, "79": 90, "80": 17, "82": 18, "83": 13, "84": 10, "86": 10, "87": 16, "89": 19, "91": 17, "92": 12, "93": 7,
  "94": 12, "95": 9, "96": 12,
};
/** Cities have fewer rural facilities than their population says. */
const CITY_DAMPING = 0.35;

export type Province = {
  id: string;
  code: string;
  name: string;
  label: string;
  set: "old" | "new";
  validFrom: DayNo;
  validTo: DayNo | null;
  zone: string;
  zoneName: string;
  weight: number;
  sctOrg: string;
  centreOrg: string;
  /** Successor (new map) of an old province, itself for a new one. */
  successor: string;
  communes: { id: string; name: string }[];
};

export type World = {
  ref: Ref;
  old: Province[];
  fresh: Province[];
  byId: Map<string, Province>;
  funding: { KCQG: string; KCDP: string; COUNTERPART: string };
  /** Category id for a plan year and a 2012 content code (the 2025 catalogue from plan year 2026). */
  category(year: number, code: string): string;
  cuc: string;
  regional: Record<string, string>;
  others: string[];
  advanceRule: Map<string, { id: string; firstBp: number; afterAcceptance: boolean }>;
  pickProvince(year: number): Weighted<Province>;
};

export const MERGER: DayNo = dayNo(2025, 7, 1);
const ZONE_NAME: Record<string, string> = { BAC: "phía Bắc", TRUNG_TAY_NGUYEN: "miền Trung – Tây Nguyên", NAM: "phía Nam" };

export async function loadWorld(url: string, ref: Ref): Promise<World> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rules = await client.query<{ id: string; code: string; contentCode: string | null; firstAdvanceBp: number; firstAdvanceAfterAcceptance: boolean }>(
      `SELECT id::text, code, "contentCode", "firstAdvanceBp", "firstAdvanceAfterAcceptance" FROM "AdvanceRule" WHERE "validTo" IS NULL`,
    );
    const advanceRule = new Map(rules.rows.map((r) => [r.contentCode ?? "*", { id: r.id, firstBp: r.firstAdvanceBp, afterAcceptance: r.firstAdvanceAfterAcceptance }]));
    const communes = await client.query<{ id: string; name: string; provinceId: string }>(`SELECT id::text, name, "provinceId"::text FROM "Commune"`);
    const byProvince = new Map<string, { id: string; name: string }[]>();
    for (const c of communes.rows) byProvince.set(c.provinceId, [...(byProvince.get(c.provinceId) ?? []), { id: c.id, name: c.name }]);

    const old: Province[] = ref.old.map((p) => {
      const id = ref.provinceId({ set: "old", code: p.code });
      const central = CENTRAL_OLD.has(p.code);
      return {
        id, code: p.code, name: p.name, label: provinceLabel(p.name, central), set: "old", validFrom: dayNo(2008, 8, 1), validTo: MERGER,
        zone: p.zone, zoneName: ZONE_NAME[p.zone]!, weight: (POPULATION[p.code] ?? 10) * (central ? CITY_DAMPING : 1),
        sctOrg: ref.orgId(`SCT-${p.code}-2008`), centreOrg: ref.orgId(`TTKC-${p.code}-2008`), successor: ref.provinceId({ set: "new", code: p.newCode }), communes: byProvince.get(id) ?? [],
      };
    });
    const fresh: Province[] = ref.new.map((p) => {
      const id = ref.provinceId({ set: "new", code: p.code });
      const central = CENTRAL_NEW.has(p.code);
      const parts = p.absorbed.map((c) => old.find((o) => o.code === c)!);
      const zone = p.zoneDerived ?? parts[0]!.zone;
      return {
        id, code: p.code, name: p.name, label: provinceLabel(p.name, central), set: "new", validFrom: MERGER, validTo: null,
        zone, zoneName: ZONE_NAME[zone]!, weight: parts.reduce((a, o) => a + o.weight, 0),
        sctOrg: ref.orgId(`SCT-${p.code}`), centreOrg: ref.orgId(`TTKC-${p.code}`), successor: id, communes: byProvince.get(id) ?? [],
      };
    });
    const byId = new Map([...old, ...fresh].map((p) => [p.id, p]));
    const oldPick = new Weighted(old.map((p) => [p, p.weight] as const));
    const newPick = new Weighted(fresh.map((p) => [p, p.weight] as const));
    return {
      ref, old, fresh, byId,
      funding: { KCQG: ref.fundingId("KCQG"), KCDP: ref.fundingId("KCDP"), COUNTERPART: ref.fundingId("COUNTERPART") },
      category: (year, code) => ref.categoryId(year >= 2026 ? CATALOG_2025 : CATALOG_2012, code),
      cuc: ref.orgId("CUC"),
      regional: { BAC: ref.orgId("TTKC1"), TRUNG_TAY_NGUYEN: ref.orgId("TTKC2"), NAM: ref.orgId("TTKC3") },
      others: ["DHBK-HN", "VIEN-NCCK", "HH-LANGNGHE", "TV-MIENTRUNG", "TV-SAOVIET"].map((c) => ref.orgId(c)),
      advanceRule,
      // A đề án carries its province as in force on 1 January of its plan year: the 63 up to 2025, the 34 from 2026.
      pickProvince: (year) => (year >= 2026 ? newPick : oldPick),
    };
  } finally {
    await client.end();
  }
}

/** The province in force on `day` that `p` is or became (an old province after the merger is its successor). */
export function inForce(world: World, p: Province, day: DayNo): Province {
  return p.set === "old" && day >= MERGER ? world.byId.get(p.successor)! : p;
}
