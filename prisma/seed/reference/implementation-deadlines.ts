// Implementation deadlines (TT 36/2013/TT-BCT Điều 18, 23.3.a; reference §1 steps 7 and 10) as dated
// configuration. BASELINE: read in the original 2013 text; whether TT 17/2018 or a post-NĐ 235
// circular moved them is UNCONFIRMED in the domain guide.
import { day, uuidFrom } from "../../factories";
import { k, type Seeder } from "../sync";

const FROM = "2014-02-10";
export const IMPLEMENTATION_DEADLINES = [
  { code: "PROGRESS_REPORT", description: "Báo cáo tiến độ hằng tháng (Mẫu 3b) trước ngày 25", dayOfMonth: 25, daysAfter: null, month: null, legalBasis: "TT 36/2013/TT-BCT Điều 23.3.a" },
  { code: "SETTLEMENT_DOSSIER", description: "Hồ sơ quyết toán trong 15 ngày sau nghiệm thu cơ sở đề án cuối cùng của hợp đồng", dayOfMonth: null, daysAfter: 15, month: null, legalBasis: "TT 36/2013/TT-BCT Điều 18.1" },
  { code: "LIQUIDATION", description: "Thanh lý hợp đồng (Mẫu 6) chậm nhất ngày 22 tháng 01 năm sau", dayOfMonth: 22, daysAfter: null, month: 1, legalBasis: "TT 36/2013/TT-BCT Điều 18.2" },
  { code: "YEAR_RECONCILIATION", description: "Bảng đối chiếu kinh phí (Mẫu 10) chậm nhất ngày 22 tháng 01 năm sau", dayOfMonth: 22, daysAfter: null, month: 1, legalBasis: "TT 36/2013/TT-BCT Điều 18.2, 19.3" },
] as const;

export async function seedImplementationDeadlines(s: Seeder): Promise<void> {
  const validFrom = day(FROM);
  const rows = IMPLEMENTATION_DEADLINES.map((r) => ({ id: uuidFrom(`deadline:${r.code}:${FROM}`), ...r, status: "BASELINE" as const, validFrom, validTo: null }));
  await s.upsert("implementationDeadline", rows, { key: (r) => k(r.code, r.validFrom) });
}
