// Reconstructs the status history of a đề án along the lifecycle of lib/projects/state-machine.ts,
// with dates that fit the plan-year calendar: dossier to the SCT before 20 May, registration before
// 15 June of the year before (TT 36/2013 Điều 10), plan decision early in the year, acceptance in
// the autumn, liquidation by 22 January of the next year (TT 36/2013 Điều 18.2).
import type { ProjectStatus } from "../../../lib/db/generated/enums";
import { addDays, day, type Rng } from "../../factories";
import type { TransitionSpec } from "./types";

export type PathOptions = { direct?: boolean; group?: boolean; returnedBySct?: boolean; carriedOver?: boolean; stopped?: boolean; rejectedBy?: "SCT" | "CUC" };

/** Statuses from DRAFT to `target`, with the optional detours. */
export function statusPath(target: ProjectStatus, o: PathOptions = {}): ProjectStatus[] {
  const p: ProjectStatus[] = ["DRAFT"];
  if (o.direct) p.push("REGISTERED");
  else {
    p.push("SUBMITTED_TO_SCT");
    if (o.returnedBySct) p.push("RETURNED_BY_SCT", "SUBMITTED_TO_SCT");
    if (o.rejectedBy === "SCT") return [...p, "REJECTED_BY_SCT"];
    p.push("APPROVED_BY_SCT", "REGISTERED");
  }
  p.push("UNDER_CUC_APPRAISAL");
  if (o.rejectedBy === "CUC") return [...p, "REJECTED_BY_CUC"];
  p.push("APPROVED_BY_CUC", "IN_PLAN");
  if (o.group) p.push("GROUP_PLAN_APPROVED");
  p.push("CONTRACTED", "IN_PROGRESS");
  if (o.stopped) return [...p, "STOPPED"];
  if (o.carriedOver) p.push("CARRIED_OVER", "IN_PROGRESS");
  p.push("ACCEPTED", "SETTLED", "LIQUIDATED");
  const i = p.lastIndexOf(target);
  if (i < 0) throw new Error(`seed: ${target} is not on the path`);
  return p.slice(0, i + 1);
}

type Nominal = [iso: string, jitterDays: number];

/** Registration calendar: the usual one, and the shifted ones of 2026 (merger) and 2027 (extension). */
function registration(year: number): Partial<Record<ProjectStatus, Nominal>> {
  const y = year - 1;
  if (year === 2026) {
    return { DRAFT: ["2025-08-04", 20], SUBMITTED_TO_SCT: ["2025-09-02", 10], APPROVED_BY_SCT: ["2025-09-22", 10], REJECTED_BY_SCT: ["2025-09-22", 10], REGISTERED: ["2025-10-10", 14], UNDER_CUC_APPRAISAL: ["2025-11-05", 10], APPROVED_BY_CUC: ["2025-12-05", 15], REJECTED_BY_CUC: ["2025-12-05", 15] };
  }
  if (year === 2027) {
    return { DRAFT: ["2026-09-01", 30], SUBMITTED_TO_SCT: ["2026-10-05", 12], APPROVED_BY_SCT: ["2026-10-26", 6], REJECTED_BY_SCT: ["2026-10-26", 6], REGISTERED: ["2026-11-05", 6], UNDER_CUC_APPRAISAL: ["2026-11-16", 2] };
  }
  return {
    DRAFT: [`${y}-03-10`, 35],
    SUBMITTED_TO_SCT: [`${y}-05-02`, 14],
    APPROVED_BY_SCT: [`${y}-05-25`, 10],
    REJECTED_BY_SCT: [`${y}-05-25`, 10],
    REGISTERED: [`${y}-06-07`, 7],
    UNDER_CUC_APPRAISAL: [`${y}-08-20`, 20],
    APPROVED_BY_CUC: [`${y}-10-15`, 25],
    REJECTED_BY_CUC: [`${y}-10-15`, 25],
  };
}

const COMMENTS: Partial<Record<ProjectStatus, string>> = {
  DRAFT: "Lập đề án",
  SUBMITTED_TO_SCT: "Gửi hồ sơ đề án đến Sở Công Thương",
  RETURNED_BY_SCT: "Đề nghị bổ sung báo giá thiết bị và hồ sơ năng lực của cơ sở thụ hưởng",
  REJECTED_BY_SCT: "Cơ sở thụ hưởng không thuộc đối tượng hỗ trợ theo quy định",
  APPROVED_BY_SCT: "Đạt yêu cầu thẩm định cấp cơ sở",
  REGISTERED: "Đăng ký kế hoạch khuyến công",
  UNDER_CUC_APPRAISAL: "Tiếp nhận hồ sơ, đưa vào thẩm định",
  REJECTED_BY_CUC: "Không đạt tiêu chí hiệu quả, kinh phí (TT 36/2013 Điều 9)",
  APPROVED_BY_CUC: "Đạt yêu cầu thẩm định",
  IN_PLAN: "Được giao kế hoạch",
  GROUP_PLAN_APPROVED: "Sở Công Thương phê duyệt kế hoạch triển khai đề án nhóm (Mẫu 11)",
  CONTRACTED: "Ký hợp đồng thực hiện đề án",
  IN_PROGRESS: "Triển khai thực hiện",
  CARRIED_OVER: "Chuyển tiếp sang năm sau do chậm bố trí kinh phí",
  ACCEPTED: "Nghiệm thu cơ sở",
  SETTLED: "Quyết toán kinh phí",
  LIQUIDATED: "Thanh lý hợp đồng",
  STOPPED: "Ngừng triển khai theo đề nghị của đơn vị thực hiện",
};

type Party = "implementer" | "sct" | "cuc";
export type Actors = Partial<Record<Party, string>>;

function party(from: ProjectStatus | null, to: ProjectStatus, direct: boolean, local: boolean): Party {
  if (from === null || to === "SUBMITTED_TO_SCT" || (to === "IN_PROGRESS" && from === "CONTRACTED")) return "implementer";
  if (to === "REGISTERED") return direct ? "implementer" : "sct";
  if (["APPROVED_BY_SCT", "RETURNED_BY_SCT", "REJECTED_BY_SCT", "GROUP_PLAN_APPROVED", "ACCEPTED"].includes(to)) return "sct";
  return local ? "sct" : "cuc";
}

export type TimelineOptions = PathOptions & {
  year: number;
  planDate: Date;
  rng: Rng;
  local?: boolean;
  actors?: Actors;
  /** Fixed dates for the first occurrence of a status (figures need some dates exact). */
  dates?: Partial<Record<ProjectStatus, Date>>;
  comments?: Partial<Record<ProjectStatus, string>>;
};

export function transitions(target: ProjectStatus, o: TimelineOptions): TransitionSpec[] {
  const path = statusPath(target, o);
  const reg = registration(o.year);
  const out: TransitionSpec[] = [];
  let prev: Date | null = null;
  const seen = new Set<ProjectStatus>();
  for (let i = 0; i < path.length; i++) {
    const to = path[i]!;
    const from = i === 0 ? null : path[i - 1]!;
    const again = seen.has(to);
    seen.add(to);
    let at: Date = (!again && o.dates?.[to]) || nominal(to, from, again, o, reg, prev);
    if (prev && at.getTime() <= prev.getTime()) at = addDays(prev, 1);
    // Transitions are instants: put them in office hours (08:00–16:59 Hà Nội time).
    const stamped = new Date(at.getTime() + (1 + o.rng.int(0, 8)) * 3_600_000 + o.rng.int(0, 59) * 60_000);
    out.push({ from, to, at: stamped, actor: o.actors?.[party(from, to, o.direct ?? false, o.local ?? false)], comment: o.comments?.[to] ?? COMMENTS[to] ?? "" });
    prev = at;
  }
  return out;
}

function nominal(to: ProjectStatus, from: ProjectStatus | null, again: boolean, o: TimelineOptions, reg: Partial<Record<ProjectStatus, Nominal>>, prev: Date | null): Date {
  const r = o.rng;
  const after = (days: number, jitter: number) => addDays(prev ?? o.planDate, days + r.int(0, jitter));
  const at = ([iso, jitter]: Nominal) => addDays(day(iso), r.int(0, jitter));
  const y = o.year;
  if (again || to === "RETURNED_BY_SCT") return after(5, 6);
  if (reg[to]) return at(reg[to]!);
  switch (to) {
    case "IN_PLAN":
      return o.planDate;
    case "GROUP_PLAN_APPROVED":
      return addDays(o.planDate, 30 + r.int(0, 20));
    case "CONTRACTED":
      return addDays(o.planDate, 45 + r.int(0, 30));
    case "IN_PROGRESS":
      return from === "CARRIED_OVER" ? at([`${y + 1}-01-12`, 10]) : after(7, 13);
    case "CARRIED_OVER":
      return at([`${y}-12-20`, 6]);
    case "STOPPED":
      return at([`${y}-08-10`, 20]);
    case "ACCEPTED":
      return o.carriedOver ? at([`${y + 1}-05-10`, 60]) : at([`${y}-10-20`, 30]);
    case "SETTLED":
      return o.carriedOver ? after(25, 10) : at([`${y}-12-03`, 12]);
    case "LIQUIDATED":
      return o.carriedOver ? after(20, 10) : at([`${y + 1}-01-05`, 14]);
    default:
      return after(3, 5);
  }
}

/** Date of the first transition to `status`, as a calendar day. */
export function dateOf(ts: readonly TransitionSpec[], status: ProjectStatus): Date | undefined {
  const t = ts.find((x) => x.to === status);
  return t ? day(t.at.toISOString().slice(0, 10)) : undefined;
}
