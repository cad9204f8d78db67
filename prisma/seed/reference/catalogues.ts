// Funding sources, the content catalogue in its two versions, and plan years with their deadlines.
// Contents: NĐ 45/2012/NĐ-CP Điều 4 (reference §2.2), split where TT 28/2018 norms differ;
// the 2025 version (NĐ 235/2025/NĐ-CP, in force 15/10/2025) continues each and adds three.
import { day, uuidFrom } from "../../factories";
import { k, type Seeder } from "../sync";

export const FUNDING_SOURCES = [
  { code: "KCQG", name: "Khuyến công quốc gia", sortOrder: 1 },
  { code: "KCDP", name: "Khuyến công địa phương", sortOrder: 2 },
  { code: "COUNTERPART", name: "Vốn đối ứng", sortOrder: 3 },
  { code: "OTHER", name: "Nguồn khác", sortOrder: 4 },
] as const;

/** [code, name] of the 2012 catalogue, in NĐ 45/2012 Điều 4 order. */
export const CATEGORIES_2012: readonly [string, string][] = [
  ["01", "Đào tạo nghề, truyền nghề"],
  ["02.1", "Nâng cao năng lực quản lý, sản xuất sạch hơn (tư vấn, đào tạo, hội thảo, tham quan khảo sát)"],
  ["02.2", "Hỗ trợ khởi sự, thành lập doanh nghiệp công nghiệp nông thôn"],
  ["02.3", "Mở rộng thị trường, hỗ trợ xuất khẩu sản phẩm công nghiệp nông thôn"],
  ["03.1", "Mô hình trình diễn kỹ thuật"],
  ["03.2", "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ"],
  ["03.3", "Mô hình thí điểm sản xuất sạch hơn"],
  ["04.1", "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu"],
  ["04.2", "Hội chợ, triển lãm hàng công nghiệp nông thôn, thủ công mỹ nghệ"],
  ["04.3", "Xây dựng, đăng ký thương hiệu; phòng trưng bày giới thiệu sản phẩm"],
  ["05", "Tư vấn, trợ giúp cơ sở công nghiệp nông thôn"],
  ["06", "Cung cấp thông tin, tuyên truyền"],
  ["07.1", "Hiệp hội ngành nghề, cụm liên kết doanh nghiệp"],
  ["07.2", "Quy hoạch chi tiết, hạ tầng cụm công nghiệp"],
  ["07.3", "Di dời cơ sở gây ô nhiễm, xử lý ô nhiễm môi trường"],
  ["08", "Hợp tác quốc tế về khuyến công"],
  ["09", "Nâng cao năng lực quản lý và tổ chức thực hiện khuyến công"],
];

/** Contents the 2025 amendment adds (press summaries; exact wording UNCONFIRMED, reference §2.2). */
export const CATEGORIES_2025_NEW: readonly [string, string][] = [
  ["10", "Chuyển đổi số"],
  ["11", "Sản xuất và tiêu dùng bền vững"],
  ["12", "Hỗ trợ nghệ nhân bảo tồn, phát triển nghề"],
];

export const CATALOG_2012 = "ND45-2012";
export const CATALOG_2025 = "ND235-2025";

export type CatalogueIds = { fundingId(code: string): string; categoryId(version: string, code: string): string };

export async function seedCatalogues(s: Seeder): Promise<CatalogueIds> {
  const funding = await s.upsert(
    "fundingSource",
    FUNDING_SOURCES.map((f) => ({ id: uuidFrom(`funding:${f.code}`), ...f })),
    { key: (r) => k(r.code) },
  );
  const versions = await s.upsert(
    "contentCatalogVersion",
    [
      {
        id: uuidFrom(`catalog:${CATALOG_2012}`),
        code: CATALOG_2012,
        name: "Nội dung khuyến công theo Nghị định 45/2012/NĐ-CP",
        legalBasis: "Nghị định 45/2012/NĐ-CP Điều 4",
        validFrom: day("2012-07-05"),
        validTo: day("2025-10-15"),
      },
      {
        id: uuidFrom(`catalog:${CATALOG_2025}`),
        code: CATALOG_2025,
        name: "Nội dung khuyến công theo Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
        legalBasis: "Nghị định 45/2012/NĐ-CP Điều 4, sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP",
        validFrom: day("2025-10-15"),
        validTo: null,
      },
    ],
    { key: (r) => k(r.code) },
  );
  const v2012 = versions.get(k(CATALOG_2012))!;
  const v2025 = versions.get(k(CATALOG_2025))!;
  const categoryKey = (r: Record<string, unknown>) => k(r.versionId, r.code);
  const old = await s.upsert(
    "contentCategory",
    CATEGORIES_2012.map(([code, name], i) => ({ id: uuidFrom(`category:${CATALOG_2012}:${code}`), versionId: v2012, code, name, sortOrder: i + 1, continuesId: null })),
    { key: categoryKey },
  );
  const fresh = await s.upsert(
    "contentCategory",
    [...CATEGORIES_2012, ...CATEGORIES_2025_NEW].map(([code, name], i) => ({
      id: uuidFrom(`category:${CATALOG_2025}:${code}`),
      versionId: v2025,
      code,
      name,
      sortOrder: i + 1,
      continuesId: old.get(k(v2012, code)) ?? null,
    })),
    { key: categoryKey },
  );

  // Deadlines: dossiers to the SCT before 20 May and registration before 15 June of the year before
  // (TT 36/2013 Điều 10; dates UNCONFIRMED, hence data). Extensions: see docs/demo-data.md.
  // The demo keeps the 2027 registration season open: its extension runs to the later of
  // 31/12/2026 and 120 days after the seed runs, so registration stays usable in the demo.
  const keepOpen = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  const extensions: Record<number, string> = { 2026: "2025-10-31", 2027: keepOpen > "2026-12-31" ? keepOpen : "2026-12-31" };
  await s.upsert(
    "planYear",
    Array.from({ length: 9 }, (_, i) => 2019 + i).map((year) => ({
      year,
      sctSubmissionDeadline: day(`${year - 1}-05-20`),
      registrationDeadline: day(`${year - 1}-06-15`),
      registrationExtendedTo: extensions[year] ? day(extensions[year]!) : null,
      contentCatalogVersionId: year <= 2025 ? v2012 : v2025,
    })),
    { key: (r) => k(r.year), idField: "year" },
  );

  return {
    fundingId: (code) => {
      const id = funding.get(k(code));
      if (!id) throw new Error(`seed: no funding source ${code}`);
      return id;
    },
    categoryId: (version, code) => {
      const id = version === CATALOG_2012 ? old.get(k(v2012, code)) : fresh.get(k(v2025, code));
      if (!id) throw new Error(`seed: no category ${version} ${code}`);
      return id;
    },
  };
}
