// Zones, socio-economic regions, the 63 and the 34 provinces, their succession and memberships.
// Dates: the 63 run [2008-08-01, 2025-07-01), the 34 from 2025-07-01 (Nghị quyết 202/2025/QH15).
import { day, uuidFrom } from "../../factories";
import { toSearchText } from "../../../lib/search-text";
import { CENTRAL_NEW, CENTRAL_OLD, MERGER_DATE, OLD_MAP_FROM, type NewProvince, type OldProvince, type ProvRef } from "../context";
import { k, type Seeder } from "../sync";

export const ZONES = [
  { code: "BAC", name: "Khu vực phía Bắc" },
  { code: "TRUNG_TAY_NGUYEN", name: "Khu vực miền Trung và Tây Nguyên" },
  { code: "NAM", name: "Khu vực phía Nam" },
] as const;

const NQ_202 = "Nghị quyết 202/2025/QH15";
const NQ_15_2008 = "Nghị quyết 15/2008/QH12 (bản đồ 63 tỉnh từ 01/8/2008)";
const ZONE_BASIS_OLD = "Thông tư 26/2014/TT-BCT Điều 3.1.c";
const ZONE_BASIS_NEW = "Suy ra từ các tỉnh cũ hợp thành (chưa có danh sách chính thức)";

export const regionCode = (name: string) => toSearchText(name).replace(/\s+/g, "-");

export type GeographyIds = {
  zones: Map<string, string>;
  provinceId(ref: ProvRef): string;
};

export async function seedGeography(s: Seeder, old: OldProvince[], fresh: NewProvince[]): Promise<GeographyIds> {
  const zones = await s.upsert(
    "zone",
    ZONES.map((z) => ({ id: uuidFrom(`zone:${z.code}`), code: z.code, name: z.name })),
    { key: (r) => k(r.code) },
  );
  const regionNames = [...new Set(old.map((p) => p.region))];
  const regions = await s.upsert(
    "socioEconomicRegion",
    regionNames.map((name) => ({ id: uuidFrom(`region:${regionCode(name)}`), code: regionCode(name), name })),
    { key: (r) => k(r.code) },
  );

  const provinceKey = (r: Record<string, unknown>) => k(r.code, r.validFrom);
  const provinceRows = [
    ...old.map((p) => ({
      id: uuidFrom(`province:old:${p.code}`),
      code: p.code,
      name: p.name,
      searchText: toSearchText(p.name),
      isCentralCity: CENTRAL_OLD.has(p.code),
      // Thừa Thiên Huế became the centrally-run city of Huế on 1/1/2025 (Nghị quyết 1314/NQ-UBTVQH15).
      centralCitySince: p.code === "46" ? day("2025-01-01") : null,
      validFrom: OLD_MAP_FROM,
      validTo: MERGER_DATE,
      legalBasis: NQ_15_2008,
    })),
    ...fresh.map((p) => ({
      id: uuidFrom(`province:new:${p.code}`),
      code: p.code,
      name: p.name,
      searchText: toSearchText(p.name),
      isCentralCity: CENTRAL_NEW.has(p.code),
      // Đồng Nai became a centrally-run city on 30/4/2026 (Nghị quyết 30/2026/QH16).
      centralCitySince: p.code === "75" ? day("2026-04-30") : null,
      validFrom: MERGER_DATE,
      validTo: null,
      legalBasis: NQ_202,
    })),
  ];
  const provinces = await s.upsert("province", provinceRows, { key: provinceKey });
  const provinceId = (ref: ProvRef): string => {
    const id = provinces.get(k(ref.code, ref.set === "old" ? OLD_MAP_FROM : MERGER_DATE));
    if (!id) throw new Error(`seed: no ${ref.set} province ${ref.code}`);
    return id;
  };
  const zoneId = (code: string) => zones.get(k(code))!;

  await s.upsert(
    "provinceSuccession",
    old.map((p) => ({
      id: uuidFrom(`succession:${p.code}:${p.newCode}`),
      fromProvinceId: provinceId({ set: "old", code: p.code }),
      toProvinceId: provinceId({ set: "new", code: p.newCode }),
      effectiveDate: MERGER_DATE,
      legalBasis: NQ_202,
    })),
    { key: (r) => k(r.fromProvinceId, r.toProvinceId) },
  );

  const zoneRows = [
    ...old.map((p) => ({
      id: uuidFrom(`zone-membership:old:${p.code}`),
      provinceId: provinceId({ set: "old", code: p.code }),
      zoneId: zoneId(p.zone),
      official: true,
      validFrom: day("2014-10-21"),
      validTo: null,
      basis: ZONE_BASIS_OLD,
    })),
    // Lâm Đồng (Bình Thuận + Đắk Nông + Lâm Đồng) straddles two zones: no membership until one is decided.
    ...fresh
      .filter((p) => p.zoneDerived)
      .map((p) => ({
        id: uuidFrom(`zone-membership:new:${p.code}`),
        provinceId: provinceId({ set: "new", code: p.code }),
        zoneId: zoneId(p.zoneDerived!),
        official: false,
        validFrom: MERGER_DATE,
        validTo: null,
        basis: ZONE_BASIS_NEW,
      })),
  ];
  await s.upsert("zoneMembership", zoneRows, { key: (r) => k(r.provinceId, r.zoneId, r.validFrom) });

  const regionId = (name: string) => regions.get(k(regionCode(name)))!;
  await s.upsert(
    "regionMembership",
    [
      ...old.map((p) => ({
        id: uuidFrom(`region-membership:old:${p.code}`),
        provinceId: provinceId({ set: "old", code: p.code }),
        regionId: regionId(p.region),
        validFrom: OLD_MAP_FROM,
        validTo: null,
      })),
      // No official region list over the 34 exists: each new province is a member of every region
      // its former provinces were in (derived, docs/decisions/014). Straddlers such as Lâm Đồng get
      // one row per region, and the app shows them as straddling, never as one region.
      ...derivedRegions(old).map(({ newCode, region }) => ({
        id: uuidFrom(`region-membership:new:${newCode}:${regionCode(region)}`),
        provinceId: provinceId({ set: "new", code: newCode }),
        regionId: regionId(region),
        validFrom: MERGER_DATE,
        validTo: null,
      })),
    ],
    { key: (r) => k(r.provinceId, r.regionId, r.validFrom) },
  );
  return { zones, provinceId };
}

/** The regions of each new province, from its former provinces (one entry per new province and region). */
export function derivedRegions(old: readonly OldProvince[]): { newCode: string; region: string }[] {
  const seen = new Set<string>();
  return old.flatMap((p) => {
    const key = `${p.newCode}|${p.region}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ newCode: p.newCode, region: p.region }];
  });
}
