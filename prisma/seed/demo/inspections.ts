// A few inspections (kiểm tra, giám sát; TT 36/2013 Điều 20.3, 21.1) with findings: open ones on
// đề án running in 2026 (one overdue, so the implementer's work list shows it), closed ones with
// their evidence on carried-over and finished đề án.
import { addDays, day, monthOfDay } from "../../factories";
import type { Parties } from "./parties";
import { dateOf } from "./timeline";
import type { ProjectSpec } from "./types";

export type FindingSpec = { description: string; action: string; dueOn: Date; closedOn: Date | null; evidence: string; closedBy?: string };
export type InspectionSpec = { key: string; project: ProjectSpec; inspector: string; on: Date; team: string; findings: string; conclusion: string; recordedBy?: string; items: FindingSpec[] };

const CUC_TEAM = "Nguyễn Thị Minh — Trưởng đoàn (Cục)\nTrần Quốc Bảo — Thành viên\nĐại diện Sở Công Thương — Thành viên";
const SCT_TEAM = "Phó Giám đốc Sở Công Thương — Trưởng đoàn\nChuyên viên Phòng Quản lý công nghiệp — Thành viên";

const open = (description: string, action: string, due: string): FindingSpec => ({ description, action, dueOn: day(due), closedOn: null, evidence: "" });
const closed = (description: string, action: string, due: Date, closedOn: Date, evidence: string, closedBy?: string): FindingSpec => ({ description, action, dueOn: due, closedOn, evidence, closedBy });

export function inspections(projects: readonly ProjectSpec[], who: Parties): InspectionSpec[] {
  const find = (f: (p: ProjectSpec) => boolean) => projects.find(f);
  const running2026 = (province: string, implementer: string) =>
    find((p) => p.planYear === 2026 && p.fund === "KCQG" && p.status === "IN_PROGRESS" && p.province.set === "new" && p.province.code === province && p.implementer === implementer);
  const out: InspectionSpec[] = [];
  const th = running2026("38", "TTKC-38");
  if (th) {
    out.push({
      key: `${th.code}:2026-09`, project: th, inspector: who.sct(th, day("2026-09-17")), on: day("2026-09-17"), team: SCT_TEAM, recordedBy: who.sctUser(th, day("2026-09-17")),
      findings: "Thiết bị đã lắp đặt nhưng chưa vận hành thử; hồ sơ chứng từ mua sắm chưa đầy đủ.",
      conclusion: "Đề án triển khai đúng nội dung, chậm so với tiến độ đăng ký.",
      items: [
        open("Chưa vận hành thử thiết bị", "Tổ chức vận hành thử, lập biên bản có xác nhận của cơ sở thụ hưởng", "2026-10-31"),
        closed("Thiếu hóa đơn mua sắm thiết bị", "Bổ sung hóa đơn, chứng từ vào hồ sơ", day("2026-10-15"), day("2026-10-09"), "Đã bổ sung hóa đơn GTGT số 0001284 và biên bản bàn giao thiết bị", who.sctUser(th, day("2026-10-09"))),
      ],
    });
  }
  const lc = running2026("15", "TTKC-15");
  if (lc) {
    out.push({
      key: `${lc.code}:2026-10`, project: lc, inspector: who.sct(lc, day("2026-10-22")), on: day("2026-10-22"), team: SCT_TEAM, recordedBy: who.sctUser(lc, day("2026-10-22")),
      findings: "Báo cáo tiến độ tháng 9 chưa kèm ảnh hiện trường.",
      conclusion: "Đề án thực hiện đạt yêu cầu.",
      items: [open("Thiếu ảnh hiện trường trong báo cáo tiến độ", "Bổ sung ảnh hiện trường vào báo cáo Mẫu 3b các tháng tiếp theo", "2026-12-15")],
    });
  }
  const c1 = find((p) => p.planYear === 2026 && p.implementer === "TTKC1" && p.status === "IN_PROGRESS" && p.kind === "FLAGSHIP");
  if (c1) {
    out.push({
      key: `${c1.code}:2026-08`, project: c1, inspector: "CUC", on: day("2026-08-20"), team: CUC_TEAM, recordedBy: "cuc@khuyencong.local",
      findings: "Lớp đào tạo nghề thứ hai chưa tổ chức theo kế hoạch.",
      conclusion: "Đề án điểm triển khai cơ bản đúng kế hoạch năm 2026.",
      items: [open("Chậm tổ chức lớp đào tạo nghề thứ hai", "Tổ chức lớp đào tạo, gửi danh sách học viên về Cục", "2026-12-20")],
    });
  }
  // Closed findings on đề án carried over from 2025 and on finished ones.
  const past = [
    ...projects.filter((p) => p.planYear === 2025 && p.status === "IN_PROGRESS").slice(0, 2),
    find((p) => p.planYear === 2023 && p.fund === "KCQG" && p.status === "LIQUIDATED"),
    find((p) => p.planYear === 2024 && p.fund === "KCQG" && p.status === "LIQUIDATED"),
  ].filter((p): p is ProjectSpec => p !== undefined);
  for (const p of past) {
    const started = dateOf(p.transitions, "IN_PROGRESS")!;
    const on = addDays(started, 75);
    out.push({
      key: `${p.code}:${monthOfDay(on)}`, project: p, inspector: "CUC", on, team: CUC_TEAM,
      findings: "Sổ theo dõi vốn đối ứng của cơ sở thụ hưởng chưa cập nhật.",
      conclusion: "Đề án triển khai đúng nội dung được duyệt.",
      items: [closed("Chưa cập nhật sổ theo dõi vốn đối ứng", "Cập nhật sổ theo dõi, gửi bản sao về Cục", addDays(on, 30), addDays(on, 21), "Bản sao sổ theo dõi vốn đối ứng đã cập nhật, có xác nhận của cơ sở")],
    });
  }
  return out;
}
