// Support norms (định mức hỗ trợ), reference §3.1. "C" rows were read in a source quoting
// TT 28/2018/TT-BTC (CONFIRMED, blocking caps); "B" rows are the TTLT 26/2014 baseline that may have
// changed (BASELINE, warnings only). Caps in whole đồng.
import { day, trieu, uuidFrom } from "../../factories";
import { newP, type ProvRef } from "../context";
import { CATALOG_2012 } from "./catalogues";
import { k, type Seeder } from "../sync";

type CapUnit = "PER_MODEL" | "PER_FACILITY" | "PER_LINE" | "PER_CCN" | "PER_BRAND" | "PER_ROUND" | "PER_PRODUCT" | "PER_ENTERPRISE" | "PER_CLUSTER" | "PER_ASSOCIATION" | "PER_PROJECT" | "PER_YEAR_BUDGET";
type Norm = {
  code: string;
  category: string | null;
  costItem: string;
  rateBp?: number;
  capTrieu?: number;
  unit?: CapUnit;
  confirmed: boolean;
  basis?: string;
  priorityBp?: number;
  cumulative?: boolean;
};

const TT28 = "Thông tư 28/2018/TT-BTC Điều 8";
const TTLT26 = "TTLT 26/2014/TTLT-BTC-BCT Điều 6.2 (mức cơ sở, chưa xác nhận theo TT 28/2018)";

export const KCQG_NORMS: readonly Norm[] = [
  { code: "MH_TRINH_DIEN", category: "03.1", costItem: "Mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản phẩm mới", rateBp: 3000, capTrieu: 1000, unit: "PER_MODEL", confirmed: true, basis: `${TT28} khoản 2` },
  { code: "MH_TRINH_DIEN_CO_SO", category: "03.1", costItem: "Mô hình trình diễn tại cơ sở đang sản xuất có hiệu quả (hoàn thiện tài liệu, quy trình)", capTrieu: 100, unit: "PER_MODEL", confirmed: false },
  { code: "MMTB", category: "03.2", costItem: "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ, tiến bộ khoa học kỹ thuật", rateBp: 5000, capTrieu: 300, unit: "PER_FACILITY", confirmed: true, basis: `${TT28} khoản 4`, cumulative: true },
  { code: "MMTB_DAY_CHUYEN", category: "03.2", costItem: "Dây chuyền công nghệ (tối đa 1,5 lần mức hỗ trợ máy móc thiết bị)", rateBp: 5000, capTrieu: 450, unit: "PER_LINE", confirmed: true, basis: `${TT28} khoản 4` },
  { code: "HOI_CHO_NUOC_NGOAI", category: "02.3", costItem: "Tổ chức, tham gia hội chợ triển lãm ở nước ngoài (thuê mặt bằng, thiết kế, dàn dựng gian hàng, khai mạc, hội thảo, cán bộ)", rateBp: 10000, confirmed: true, basis: `${TT28} khoản 6` },
  { code: "VE_MAY_BAY_NUOC_NGOAI", category: "02.1", costItem: "Vé máy bay khảo sát, học tập kinh nghiệm ở nước ngoài (số người theo quyết định)", rateBp: 10000, confirmed: true, basis: `${TT28} (khoản chưa xác định)` },
  { code: "BINH_CHON_KHU_VUC", category: "04.1", costItem: "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực", capTrieu: 200, unit: "PER_ROUND", confirmed: true, basis: TT28 },
  { code: "BINH_CHON_QUOC_GIA", category: "04.1", costItem: "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia", capTrieu: 400, unit: "PER_ROUND", confirmed: true, basis: TT28 },
  { code: "THUONG_SP_KHU_VUC", category: "04.1", costItem: "Thưởng sản phẩm đạt giải cấp khu vực", capTrieu: 5, unit: "PER_PRODUCT", confirmed: false },
  { code: "THUONG_SP_QUOC_GIA", category: "04.1", costItem: "Thưởng sản phẩm đạt giải cấp quốc gia", capTrieu: 10, unit: "PER_PRODUCT", confirmed: false },
  { code: "HA_TANG_CCN", category: "07.2", costItem: "Xây dựng hạ tầng cụm công nghiệp (san lấp mặt bằng, đường nội bộ, cấp thoát nước)", capTrieu: 6000, unit: "PER_CCN", confirmed: true, basis: TT28 },
  { code: "KHOI_SU_DN", category: "02.2", costItem: "Thành lập doanh nghiệp sản xuất công nghiệp nông thôn ở địa bàn khó khăn", capTrieu: 10, unit: "PER_ENTERPRISE", confirmed: false },
  { code: "HOI_CHO_TRONG_NUOC", category: "04.2", costItem: "Tổ chức hội chợ triển lãm hàng công nghiệp nông thôn, thủ công mỹ nghệ trong nước (thuê mặt bằng, tuyên truyền, ban tổ chức)", rateBp: 10000, confirmed: false },
  { code: "THAM_GIA_HOI_CHO", category: "04.2", costItem: "Cơ sở công nghiệp nông thôn tham gia hội chợ triển lãm khác trong nước (thuê gian hàng)", rateBp: 8000, confirmed: false },
  { code: "THUONG_HIEU", category: "04.3", costItem: "Xây dựng, đăng ký thương hiệu", rateBp: 5000, capTrieu: 35, unit: "PER_BRAND", confirmed: false },
  { code: "TU_VAN", category: "05", costItem: "Tư vấn (dự án đầu tư, marketing, quản lý, thiết kế mẫu mã bao bì, công nghệ mới)", rateBp: 5000, capTrieu: 35, unit: "PER_FACILITY", confirmed: false },
  { code: "HIEP_HOI_KHU_VUC", category: "07.1", costItem: "Thành lập hiệp hội ngành nghề cấp vùng", rateBp: 3000, capTrieu: 70, unit: "PER_ASSOCIATION", confirmed: false },
  { code: "HIEP_HOI_QUOC_GIA", category: "07.1", costItem: "Thành lập hiệp hội ngành nghề cấp quốc gia", rateBp: 3000, capTrieu: 100, unit: "PER_ASSOCIATION", confirmed: false },
  { code: "CUM_LIEN_KET", category: "07.1", costItem: "Thành lập cụm liên kết doanh nghiệp công nghiệp", rateBp: 5000, capTrieu: 150, unit: "PER_CLUSTER", confirmed: false },
  { code: "LAI_SUAT_DI_DOI", category: "07.3", costItem: "Hỗ trợ lãi suất di dời cơ sở gây ô nhiễm vào khu, cụm công nghiệp (2 năm đầu, sau đầu tư)", rateBp: 5000, capTrieu: 500, unit: "PER_FACILITY", confirmed: false },
  { code: "XLON_CO_SO", category: "07.3", costItem: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm tại cơ sở công nghiệp nông thôn", rateBp: 3000, capTrieu: 300, unit: "PER_FACILITY", confirmed: false },
  { code: "XLON_CCN", category: "07.3", costItem: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cụm công nghiệp", rateBp: 3000, capTrieu: 1500, unit: "PER_CCN", confirmed: false },
  { code: "QUY_HOACH_CCN", category: "07.2", costItem: "Lập quy hoạch chi tiết cụm công nghiệp", rateBp: 5000, capTrieu: 500, unit: "PER_CCN", confirmed: false },
  { code: "THONG_TIN_TUYEN_TRUYEN", category: "06", costItem: "Chương trình truyền hình, phát thanh, ấn phẩm, tờ rơi (theo hợp đồng, đấu thầu hoặc đặt hàng)", confirmed: false },
  { code: "QUAN_LY_CHUONG_TRINH", category: "09", costItem: "Chi quản lý chương trình của cơ quan quản lý (tối đa 1,5% kinh phí khuyến công năm)", rateBp: 150, unit: "PER_YEAR_BUDGET", confirmed: false },
  { code: "QUAN_LY_DE_AN", category: null, costItem: "Chi quản lý đề án của đơn vị thực hiện (tối đa 2,5% dự toán đề án)", rateBp: 250, unit: "PER_PROJECT", confirmed: false },
  { code: "UU_TIEN_DIA_BAN", category: null, costItem: "Địa bàn, ngành nghề ưu tiên (NĐ 45/2012 Điều 6.1–6.2): tối đa 1,5 lần mức hỗ trợ thông thường", priorityBp: 15000, confirmed: false, basis: "TTLT 26/2014/TTLT-BTC-BCT Điều 6.2.t (mức cơ sở, chưa xác nhận theo TT 28/2018)" },
  { code: "CHI_CHUNG", category: "01", costItem: "Đào tạo, hội thảo, tham quan khảo sát, hội thi, công nghệ thông tin, thí điểm sản xuất sạch hơn: theo chế độ chi tiêu chung của Bộ Tài chính", confirmed: false },
];

/** Đắk Lắk's KCĐP norms (HĐND resolution in force 26/7/2025; number UNCONFIRMED, reference §3.1). */
const DAK_LAK: readonly Norm[] = [
  { code: "MH_TRINH_DIEN", category: "03.1", costItem: "Xây dựng mô hình trình diễn kỹ thuật", rateBp: 3000, capTrieu: 800, unit: "PER_MODEL", confirmed: true },
  { code: "SXSH_THI_DIEM", category: "03.3", costItem: "Xây dựng mô hình thí điểm áp dụng sản xuất sạch hơn", rateBp: 3000, capTrieu: 400, unit: "PER_MODEL", confirmed: true },
  { code: "KHOI_SU_DN", category: "02.2", costItem: "Hỗ trợ thành lập doanh nghiệp sản xuất công nghiệp nông thôn", capTrieu: 10, unit: "PER_ENTERPRISE", confirmed: true },
];
const DAK_LAK_BASIS = "Nghị quyết của HĐND tỉnh Đắk Lắk quy định nội dung, mức chi khuyến công địa phương (hiệu lực 26/7/2025; số hiệu chưa xác nhận)";

export async function seedNorms(
  s: Seeder,
  ids: { fundingId(code: string): string; categoryId(version: string, code: string): string; provinceId(ref: ProvRef): string },
): Promise<(code: string, province?: ProvRef) => string | undefined> {
  const daklak = newP("66");
  const row = (n: Norm, fund: string, province: ProvRef | null, validFrom: Date, basis: string) => ({
    id: uuidFrom(`norm:${fund}:${province ? `${province.set}-${province.code}` : "national"}:${n.code}:${validFrom.toISOString()}`),
    fundingSourceId: ids.fundingId(fund),
    provinceId: province ? ids.provinceId(province) : null,
    contentCategoryId: n.category ? ids.categoryId(CATALOG_2012, n.category) : null,
    code: n.code,
    costItem: n.costItem,
    maxRateBp: n.rateBp ?? null,
    capAmount: n.capTrieu !== undefined ? trieu(n.capTrieu) : null,
    capUnit: n.unit ?? null,
    priorityMultiplierBp: n.priorityBp ?? 10000,
    cumulativePerFacility: n.cumulative ?? false,
    severity: n.confirmed ? ("HARD" as const) : ("SOFT" as const),
    status: n.confirmed ? ("CONFIRMED" as const) : ("BASELINE" as const),
    legalBasis: basis,
    validFrom,
    validTo: null,
  });
  const rows = [
    ...KCQG_NORMS.map((n) => row(n, "KCQG", null, day("2018-05-11"), n.basis ?? (n.confirmed ? TT28 : TTLT26))),
    ...DAK_LAK.map((n) => row(n, "KCDP", daklak, day("2025-07-26"), DAK_LAK_BASIS)),
  ];
  const got = await s.upsert("supportNorm", rows, { key: (r) => k(r.code, r.fundingSourceId, r.provinceId, r.validFrom) });
  return (code, province) => {
    const fund = province ? "KCDP" : "KCQG";
    const validFrom = province ? day("2025-07-26") : day("2018-05-11");
    return got.get(k(code, ids.fundingId(fund), province ? ids.provinceId(province) : null, validFrom));
  };
}
