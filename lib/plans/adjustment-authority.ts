// Who decides an adjustment of an issued plan (TT 36/2013/TT-BCT Điều 11.2 and 11.4). Pure.
// - Bộ trưởng (on the Cục's submission, Điều 11.2.a): increase of total support, change of
//   khuyến công content, extension into the next year, adding or stopping a đề án.
// - Cục (Điều 11.2.b): location, beneficiary, partner or timing within the fiscal year; changes
//   that keep or reduce total support; other changes.
// - SCT (Điều 11.4): location, partner or beneficiary of a group đề án registered with or
//   appraised by the SCT.
// KCĐP plans are decided by the province (TT 46/2012 Điều 8.3.b): the SCT, for the chairman.
import type { AdjustmentAuthority, AdjustmentKind, PlanLevel } from "../db/generated/enums";

export const ADJUSTMENT_KINDS = [
  "INCREASE_SUPPORT",
  "CHANGE_CONTENT",
  "EXTEND_NEXT_YEAR",
  "ADD_PROJECT",
  "STOP_PROJECT",
  "CHANGE_LOCATION",
  "CHANGE_BENEFICIARY",
  "CHANGE_PARTNER",
  "CHANGE_TIMING",
  "KEEP_OR_REDUCE_SUPPORT",
  "OTHER",
] as const satisfies readonly AdjustmentKind[];

const MINISTER_KINDS: readonly AdjustmentKind[] = ["INCREASE_SUPPORT", "CHANGE_CONTENT", "EXTEND_NEXT_YEAR", "ADD_PROJECT", "STOP_PROJECT"];
const SCT_GROUP_KINDS: readonly AdjustmentKind[] = ["CHANGE_LOCATION", "CHANGE_PARTNER", "CHANGE_BENEFICIARY"];

export type AuthorityContext = {
  level: PlanLevel;
  /** A group đề án (đề án nhóm) that was registered with or appraised by the SCT. */
  sctGroupProject: boolean;
};

export function adjustmentAuthority(kind: AdjustmentKind, context: AuthorityContext): AdjustmentAuthority {
  if (context.level === "PROVINCIAL") return "SCT";
  if (MINISTER_KINDS.includes(kind)) return "MINISTER";
  if (context.sctGroupProject && SCT_GROUP_KINDS.includes(kind)) return "SCT";
  return "CUC";
}

/** Kinds that need a đề án. ADD_PROJECT names the đề án to add. */
export function kindNeedsProject(kind: AdjustmentKind): boolean {
  return kind !== "OTHER";
}

/** Kinds whose request carries a new amount of support. */
export function kindNeedsAmount(kind: AdjustmentKind): boolean {
  return kind === "INCREASE_SUPPORT" || kind === "KEEP_OR_REDUCE_SUPPORT";
}

/** The Vietnamese name of the deciding level, for the FORBIDDEN message and the UI. */
export const AUTHORITY_LABEL: Record<AdjustmentAuthority, string> = {
  MINISTER: "Bộ trưởng Bộ Công Thương (Cục trình và ghi nhận quyết định)",
  CUC: "Cục",
  SCT: "Sở Công Thương của tỉnh",
};
