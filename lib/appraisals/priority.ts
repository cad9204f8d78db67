// Thứ tự ưu tiên đề xuất (TT 36/2013 Điều 7): đề án điểm first (Điều 7.1), then priority areas and
// industries (NĐ 45/2012 Điều 6, TT 46/2012 Điều 6: a budget line marked priority), then the more
// experienced implementer between equal candidates (Điều 7, last point: earlier đề án liquidated or
// settled), then the larger requested support. Pure: the Cục decides; this only suggests.
import type { ProjectKind } from "../db/generated/enums";

export type PriorityCandidate = {
  id: string;
  code: string;
  kind: ProjectKind;
  /** Any budget line with priority = true (priority area or industry). */
  priorityLine: boolean;
  /** Earlier đề án of the implementer in LIQUIDATED or SETTLED. */
  implementerExperience: number;
  supportAmount: bigint;
};

export type PriorityReason = "FLAGSHIP" | "PRIORITY_AREA" | "EXPERIENCE" | "SUPPORT";

export type Ranked<T extends PriorityCandidate> = T & { rank: number; reasons: PriorityReason[] };

function compare(a: PriorityCandidate, b: PriorityCandidate): number {
  const flagship = Number(b.kind === "FLAGSHIP") - Number(a.kind === "FLAGSHIP");
  if (flagship) return flagship;
  const priority = Number(b.priorityLine) - Number(a.priorityLine);
  if (priority) return priority;
  if (a.implementerExperience !== b.implementerExperience) return b.implementerExperience - a.implementerExperience;
  if (a.supportAmount !== b.supportAmount) return a.supportAmount > b.supportAmount ? -1 : 1;
  return a.code.localeCompare(b.code);
}

/** The factors that place a đề án where it is, in the order of Điều 7. */
export function reasonsOf(c: PriorityCandidate): PriorityReason[] {
  const reasons: PriorityReason[] = [];
  if (c.kind === "FLAGSHIP") reasons.push("FLAGSHIP");
  if (c.priorityLine) reasons.push("PRIORITY_AREA");
  if (c.implementerExperience > 0) reasons.push("EXPERIENCE");
  reasons.push("SUPPORT");
  return reasons;
}

/** Ranks 1…n without changing the inputs; equal inputs keep a stable order by code. */
export function rankByPriority<T extends PriorityCandidate>(candidates: readonly T[]): Ranked<T>[] {
  return [...candidates].sort(compare).map((c, i) => ({ ...c, rank: i + 1, reasons: reasonsOf(c) }));
}
