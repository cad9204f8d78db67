// Organisations with their name history (names change, ids and codes do not; reference §4).
// Old provincial bodies end on 1/7/2025 and point to the body of their successor province.
import { day, uuidFrom } from "../../factories";
import { toSearchText } from "../../../lib/search-text";
import { MERGER_DATE, OLD_MAP_FROM, type NewProvince, type OldProvince, type ProvRef } from "../context";
import { k, type Seeder } from "../sync";

type Name = { name: string; shortName?: string; from: Date; to?: Date; legalBasis?: string };
type Org = {
  code: string;
  kind: "CUC" | "MINISTRY_UNIT" | "REGIONAL_CENTRE" | "SCT" | "PROVINCIAL_CENTRE" | "OTHER_IMPLEMENTER";
  province?: ProvRef;
  zone?: string;
  successor?: string;
  validFrom: Date;
  validTo?: Date;
  names: Name[];
};

const ND45_IN_FORCE = day("2012-07-05");
const HUE_CITY = day("2025-01-01");

const national: Org[] = [
  {
    code: "CUC",
    kind: "CUC",
    validFrom: ND45_IN_FORCE,
    names: [
      { name: "Cục Công nghiệp địa phương", shortName: "Cục CNĐP", from: ND45_IN_FORCE, to: day("2017-01-01") },
      { name: "Cục Công Thương địa phương", shortName: "Cục CTĐP", from: day("2017-01-01"), to: day("2025-03-01") },
      { name: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", shortName: "Cục ĐMST, CĐX và KC", from: day("2025-03-01"), legalBasis: "Nghị định 40/2025/NĐ-CP" },
    ],
  },
  {
    code: "MOF-UNIT",
    kind: "MINISTRY_UNIT",
    validFrom: day("2025-03-01"),
    names: [{ name: "Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp", shortName: "Vụ KH-TC&QLDN", from: day("2025-03-01"), legalBasis: "Nghị định 40/2025/NĐ-CP" }],
  },
  {
    code: "TRUONG-CBCT",
    kind: "MINISTRY_UNIT",
    validFrom: ND45_IN_FORCE,
    names: [{ name: "Trường Đào tạo, Bồi dưỡng cán bộ Công Thương Trung ương", from: ND45_IN_FORCE }],
  },
  ...(["BAC", "TRUNG_TAY_NGUYEN", "NAM"] as const).map((zone, i): Org => ({
    code: `TTKC${i + 1}`,
    kind: "REGIONAL_CENTRE",
    zone,
    validFrom: ND45_IN_FORCE,
    names: [{ name: `Trung tâm Khuyến công và Tư vấn phát triển công nghiệp ${i + 1}`, shortName: `Trung tâm ${i + 1}`, from: ND45_IN_FORCE }],
  })),
  ...[
    ["DHBK-HN", "Trường Đại học Bách khoa Hà Nội", "01"],
    ["VIEN-NCCK", "Viện Nghiên cứu Cơ khí", "01"],
    ["HH-LANGNGHE", "Hiệp hội Làng nghề Việt Nam", "01"],
    ["TV-MIENTRUNG", "Công ty Cổ phần Tư vấn Công nghệ và Môi trường Miền Trung", "48"],
    ["TV-SAOVIET", "Công ty TNHH Tư vấn Phát triển công nghiệp Sao Việt", "79"],
  ].map(([code, name, province]): Org => ({
    code: code!,
    kind: "OTHER_IMPLEMENTER",
    province: { set: "new", code: province! },
    validFrom: ND45_IN_FORCE,
    names: [{ name: name!, from: ND45_IN_FORCE }],
  })),
];

/** Place in an organisation's name: "Sở Công Thương Thanh Hóa" (the form users search for), "… Thành phố Hồ Chí Minh". */
const place = (name: string) => (name === "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : name);

function oldOrgs(p: OldProvince): Org[] {
  // Thừa Thiên Huế was a province until 1/1/2025, then the city of Huế (Nghị quyết 1314/NQ-UBTVQH15).
  const names = (prefix: string): Name[] =>
    p.code === "46"
      ? [{ name: `${prefix} Thừa Thiên Huế`, from: OLD_MAP_FROM, to: HUE_CITY }, { name: `${prefix} Huế`, from: HUE_CITY, to: MERGER_DATE, legalBasis: "Nghị quyết 1314/NQ-UBTVQH15" }]
      : [{ name: `${prefix} ${place(p.name)}`, from: OLD_MAP_FROM, to: MERGER_DATE }];
  const common = { province: { set: "old", code: p.code } as ProvRef, validFrom: OLD_MAP_FROM, validTo: MERGER_DATE };
  // Yên Bái's centre is named as in its own 2019 report (articles/002).
  const centreNames = p.code === "15" ? [{ name: "Trung tâm Khuyến công và Xúc tiến thương mại Yên Bái", from: OLD_MAP_FROM, to: MERGER_DATE }] : names("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp");
  return [
    { ...common, code: `SCT-${p.code}-2008`, kind: "SCT", successor: `SCT-${p.newCode}`, names: names("Sở Công Thương") },
    { ...common, code: `TTKC-${p.code}-2008`, kind: "PROVINCIAL_CENTRE", successor: `TTKC-${p.newCode}`, names: centreNames },
  ];
}

function newOrgs(p: NewProvince): Org[] {
  const names = (prefix: string): Name[] => [{ name: `${prefix} ${place(p.name)}`, from: MERGER_DATE, legalBasis: "Nghị quyết 202/2025/QH15" }];
  const common = { province: { set: "new", code: p.code } as ProvRef, validFrom: MERGER_DATE };
  return [
    { ...common, code: `SCT-${p.code}`, kind: "SCT", names: names("Sở Công Thương") },
    { ...common, code: `TTKC-${p.code}`, kind: "PROVINCIAL_CENTRE", names: names("Trung tâm Khuyến công") },
  ];
}

export async function seedOrganisations(
  s: Seeder,
  old: OldProvince[],
  fresh: NewProvince[],
  ids: { provinceId(ref: ProvRef): string; zones: Map<string, string> },
): Promise<Map<string, string>> {
  const orgId = new Map<string, string>();
  const write = async (orgs: Org[]) => {
    const rows = orgs.map((o) => ({
      id: uuidFrom(`org:${o.code}`),
      code: o.code,
      kind: o.kind,
      provinceId: o.province ? ids.provinceId(o.province) : null,
      zoneId: o.zone ? ids.zones.get(k(o.zone))! : null,
      successorId: o.successor ? orgId.get(o.successor)! : null,
      validFrom: o.validFrom,
      validTo: o.validTo ?? null,
      searchText: toSearchText(...o.names.flatMap((n) => [n.name, n.shortName])),
    }));
    const got = await s.upsert("organisation", rows, { key: (r) => k(r.code) });
    for (const o of orgs) orgId.set(o.code, got.get(k(o.code))!);
    const nameRows = orgs.flatMap((o) =>
      o.names.map((n) => ({
        id: uuidFrom(`org-name:${o.code}:${n.from.toISOString()}`),
        organisationId: orgId.get(o.code)!,
        name: n.name,
        shortName: n.shortName ?? null,
        validFrom: n.from,
        validTo: n.to ?? null,
        legalBasis: n.legalBasis ?? null,
      })),
    );
    await s.upsert("organisationName", nameRows, { key: (r) => k(r.organisationId, r.validFrom) });
  };
  // Successors first, so the old bodies can point at them.
  await write([...national, ...fresh.flatMap(newOrgs)]);
  await write(old.flatMap(oldOrgs));
  return orgId;
}
