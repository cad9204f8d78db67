// Conflict of interest in a hội đồng thẩm định cấp Bộ (TT 36/2013 Điều 8.2: the council appraises
// on the Cục's behalf, so it must be impartial). A member may not assess a đề án when they belong
// to the applicant (implementer) or to a body of the đề án's province — including the provinces it
// absorbed or was absorbed into (Nghị quyết 202/2025/QH15) — or declared a relationship with the
// implementer or a beneficiary facility. Pure: callers load the facts.

export type ConflictMember = {
  organisationId: string | null;
  organisationName?: string;
  /** Province of the member's organisation, if any. */
  organisationProvinceId: string | null;
  /** Implementer organisation ids or facility ids the member declared. */
  declaredInterests: readonly string[];
};

export type ConflictProject = {
  implementerId: string;
  implementerName?: string;
  /** The đề án's province with its predecessors and successors. */
  provinceFamily: readonly string[];
  provinceName?: string;
  facilities: readonly { id: string; name: string }[];
};

export type Conflict =
  | { code: "IMPLEMENTER_MEMBER"; organisation: string }
  | { code: "SAME_PROVINCE"; province: string }
  | { code: "DECLARED_IMPLEMENTER"; organisation: string }
  | { code: "DECLARED_FACILITY"; facility: string };

/** Every reason the member is conflicted on the đề án; empty when they may assess it. */
export function conflictsOf(member: ConflictMember, project: ConflictProject): Conflict[] {
  const found: Conflict[] = [];
  const implementer = project.implementerName ?? project.implementerId;
  if (member.organisationId && member.organisationId === project.implementerId) found.push({ code: "IMPLEMENTER_MEMBER", organisation: implementer });
  else if (member.organisationProvinceId && project.provinceFamily.includes(member.organisationProvinceId)) found.push({ code: "SAME_PROVINCE", province: project.provinceName ?? member.organisationProvinceId });
  if (member.declaredInterests.includes(project.implementerId)) found.push({ code: "DECLARED_IMPLEMENTER", organisation: implementer });
  for (const f of project.facilities) if (member.declaredInterests.includes(f.id)) found.push({ code: "DECLARED_FACILITY", facility: f.name });
  return found;
}

const TEXT: { [K in Conflict["code"]]: (c: Extract<Conflict, { code: K }>) => string } = {
  IMPLEMENTER_MEMBER: (c) => `Thành viên thuộc đơn vị thực hiện đề án (${c.organisation})`,
  SAME_PROVINCE: (c) => `Thành viên thuộc cơ quan, đơn vị của tỉnh có đề án (${c.province})`,
  DECLARED_IMPLEMENTER: (c) => `Thành viên đã kê khai có quan hệ với đơn vị thực hiện (${c.organisation})`,
  DECLARED_FACILITY: (c) => `Thành viên đã kê khai có quan hệ với đơn vị thụ hưởng (${c.facility})`,
};

/** The Vietnamese reason stored on the CouncilRecusal row and printed in the biên bản. */
export function recusalReason(conflicts: readonly Conflict[]): string | null {
  if (conflicts.length === 0) return null;
  return conflicts.map((c) => (TEXT[c.code] as (x: Conflict) => string)(c)).join("; ") + ".";
}
