// Advance rules (TT 36/2013/TT-BCT Điều 13 as amended by TT 17/2018/TT-BCT; cap TTLT 26/2014 Điều
// 8.2.b), reference §1 step 6, by content code of the 2012 catalogue. Every row is BASELINE: the
// amendments were read only in a press summary (congthuong.vn) and the 70 % cap under TT 28/2018 is
// UNCONFIRMED in the domain guide. The cap stays 70 % on every row: a 100 % "first advance" (an
// enterprise set up) is paid after nghiệm thu cơ sở, so the ledger records it as a payment.
import { day, uuidFrom } from "../../factories";
import { k, type Seeder } from "../sync";

// The basis as it is cited on forms and printed contracts; how far it is confirmed is the row's
// status (BASELINE), which the pages show beside it, not a note inside the citation.
const BASIS = "TT 36/2013/TT-BCT Điều 13, sửa đổi bởi TT 17/2018/TT-BCT; TTLT 26/2014/TTLT-BTC-BCT Điều 8.2.b";
const CONTRACT = "Hợp đồng thực hiện đề án";
const PLAN = "Kế hoạch thực hiện";
const PROGRESS_70 = "Báo cáo tiến độ cho thấy khối lượng thực hiện trên 70 % tổng vốn đầu tư";

type Rule = { code: string; contentCode: string | null; description: string; firstBp: number; afterAcceptance?: boolean; documents: string[]; balance?: string[] };

/** Documents every balance payment needs after nghiệm thu cơ sở (Điều 14). */
const BALANCE_COMMON = ["Biên bản nghiệm thu cơ sở (Mẫu 5a, 5b hoặc 5c)", "Báo cáo tổng hợp kết quả thực hiện", "Báo cáo khối lượng, kinh phí thực hiện (Mẫu 3b)"];

export const ADVANCE_RULES: readonly Rule[] = [
  { code: "MAC_DINH", contentCode: null, description: "Nội dung chưa có quy định riêng (Điều 16: Cục trưởng quyết định mức khác)", firstBp: 7000, documents: [CONTRACT, PLAN] },
  { balance: ["Quyết định cấp chứng chỉ", "Danh sách học viên có ký nhận", "Danh sách học viên có việc làm sau đào tạo"], code: "DAO_TAO_NGHE", contentCode: "01", description: "Đào tạo nghề, truyền nghề", firstBp: 7000, documents: [CONTRACT, "Kế hoạch đào tạo (Mẫu 11)"] },
  { code: "TU_VAN_DAO_TAO", contentCode: "02.1", description: "Tư vấn, đào tạo, hội thảo, tham quan khảo sát, sản xuất sạch hơn", firstBp: 7000, documents: [CONTRACT, PLAN] },
  { code: "KHOI_SU_DN", contentCode: "02.2", description: "Hỗ trợ thành lập doanh nghiệp (100 % sau nghiệm thu cơ sở)", firstBp: 10000, afterAcceptance: true, documents: ["Biên bản nghiệm thu cơ sở (Mẫu 5b)", "Báo cáo khối lượng, kinh phí (Mẫu 3b)", "Bản sao giấy chứng nhận đăng ký doanh nghiệp"] },
  { balance: ["Danh sách đơn vị tham gia có xác nhận của Sở Công Thương", "Hợp đồng gian hàng (vị trí, số gian hàng, đơn giá, mức hỗ trợ KCQG)"], code: "HOI_CHO", contentCode: "04.2", description: "Hội chợ, triển lãm; hỗ trợ tham gia hội chợ", firstBp: 7000, documents: [CONTRACT] },
  { code: "THI_TRUONG", contentCode: "02.3", description: "Mở rộng thị trường", firstBp: 7000, documents: [CONTRACT] },
  { code: "THONG_TIN", contentCode: "06", description: "Thông tin, tuyên truyền, cơ sở dữ liệu, trang thông tin điện tử", firstBp: 7000, documents: [CONTRACT] },
  { balance: ["Giấy chứng nhận đăng ký nhãn hiệu"], code: "THUONG_HIEU", contentCode: "04.3", description: "Xây dựng, đăng ký thương hiệu; phòng trưng bày", firstBp: 7000, documents: [CONTRACT, PLAN] },
  { code: "TU_VAN_CO_SO", contentCode: "05", description: "Tư vấn, trợ giúp cơ sở công nghiệp nông thôn", firstBp: 7000, documents: [CONTRACT, PLAN] },
  { code: "LIEN_KET", contentCode: "07.1", description: "Hiệp hội ngành nghề, cụm liên kết doanh nghiệp", firstBp: 7000, documents: [CONTRACT, PLAN] },
  { balance: ["Hóa đơn, chứng từ mua sắm", "Danh sách đại biểu dự hội nghị trình diễn có ký nhận", "Tài liệu giới thiệu mô hình"], code: "MH_TRINH_DIEN", contentCode: "03.1", description: "Mô hình trình diễn kỹ thuật", firstBp: 7000, documents: [CONTRACT, PROGRESS_70] },
  { balance: ["Hợp đồng mua bán, biên bản nghiệm thu và thanh lý hợp đồng máy móc thiết bị"], code: "MMTB", contentCode: "03.2", description: "Ứng dụng máy móc thiết bị, chuyển giao công nghệ", firstBp: 7000, documents: [CONTRACT, PROGRESS_70] },
  { code: "SXSH_THI_DIEM", contentCode: "03.3", description: "Mô hình thí điểm sản xuất sạch hơn", firstBp: 7000, documents: [CONTRACT, PROGRESS_70] },
  { code: "XU_LY_O_NHIEM", contentCode: "07.3", description: "Xử lý ô nhiễm tại cơ sở CNNT (hệ thống xử lý ô nhiễm trong CCN: 30 %, chưa tách nội dung)", firstBp: 7000, documents: [CONTRACT, PROGRESS_70] },
  { balance: ["Biên bản nghiệm thu hạng mục công trình", "Báo cáo kiểm toán độc lập (chủ đầu tư là doanh nghiệp)"], code: "HA_TANG_CCN", contentCode: "07.2", description: "Hạ tầng cụm công nghiệp (quy hoạch chi tiết CCN: 70 %, chưa tách nội dung)", firstBp: 3000, documents: [CONTRACT, "Hợp đồng hỗ trợ", "Hợp đồng với nhà thầu", "Báo cáo tiến độ cho thấy trên 50 % hạng mục được hỗ trợ đã thực hiện"] },
];

export async function seedAdvanceRules(s: Seeder): Promise<void> {
  const validFrom = day("2014-02-10");
  const rows = ADVANCE_RULES.map((r) => ({
    id: uuidFrom(`advance-rule:${r.code}:${validFrom.toISOString()}`),
    code: r.code,
    contentCode: r.contentCode,
    description: r.description,
    firstAdvanceBp: r.firstBp,
    firstAdvanceAfterAcceptance: r.afterAcceptance ?? false,
    advanceCapBp: 7000,
    requiredDocuments: r.documents,
    balanceDocuments: [...BALANCE_COMMON, ...(r.balance ?? [])],
    status: "BASELINE" as const,
    legalBasis: BASIS,
    validFrom,
    validTo: null,
  }));
  await s.upsert("advanceRule", rows, { key: (r) => k(r.code, r.validFrom) });
}
