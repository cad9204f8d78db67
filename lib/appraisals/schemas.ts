// Inputs of thẩm định cấp Bộ. The five criteria are TT 36/2013 Điều 9; no numeric scoring exists
// for đề án appraisal (reference §1 Step 3), so each criterion is met / partly met / not met.
import { z } from "zod";
import { text } from "../text";
import { ASSESSMENTS, CRITERIA, OUTCOMES } from "./criteria";

export { CRITERIA };

export const CriteriaSchema = z
  .array(z.object({ criterion: z.enum(CRITERIA), assessment: z.enum(ASSESSMENTS, { error: "Chọn đánh giá cho tiêu chí." }), comment: text({ max: 2000, multiline: true }).default("") }))
  .length(CRITERIA.length, "Phải đánh giá đủ 5 tiêu chí (TT 36/2013 Điều 9).")
  .refine((v) => new Set(v.map((c) => c.criterion)).size === CRITERIA.length, "Mỗi tiêu chí chỉ đánh giá một lần.");

/**
 * The sheet's criteria as entered: "" is "chưa đánh giá", so an incomplete sheet reaches the sheet
 * rules (./sheet-rules.ts), which report every gap at once instead of zod stopping at the first.
 */
const SheetCriteriaSchema = z
  .array(z.object({ criterion: z.enum(CRITERIA), assessment: z.enum([...ASSESSMENTS, ""]).default(""), comment: text({ max: 2000, multiline: true }).default("") }))
  .length(CRITERIA.length, "Phải đánh giá đủ 5 tiêu chí (TT 36/2013 Điều 9).")
  .refine((v) => new Set(v.map((c) => c.criterion)).size === CRITERIA.length, "Mỗi tiêu chí chỉ đánh giá một lần.");
const FailedReasonSchema = text({ max: 4000, multiline: true }).default("");

export const OpenAppraisalInputSchema = z.object({ projectId: z.uuid(), version: z.number().int().positive() });

export const MinistryDecisionInputSchema = z
  .object({
    projectId: z.uuid(),
    version: z.number().int().positive(),
    outcome: z.enum([...OUTCOMES, ""], { error: "Chọn kết luận thẩm định." }).default(""),
    criteria: SheetCriteriaSchema,
    failedCriterionReason: FailedReasonSchema,
    /** Council appraisals: the member who signs the minutes when the secretary is recused. */
    actingSecretaryId: z.uuid().nullable().default(null),
    /** Triệu đồng, vi-VN ("1.234,5"); only for APPROVE_REDUCED. */
    approvedAmount: z.string().trim().max(30).default(""),
    conclusion: text({ max: 8000, multiline: true }).default(""),
  })
  .refine((v) => v.outcome !== "APPROVE_REDUCED" || v.approvedAmount.length > 0, { path: ["approvedAmount"], message: "Nhập kinh phí hỗ trợ sau thẩm định (triệu đồng)." });
export type MinistryDecisionInput = z.infer<typeof MinistryDecisionInputSchema>;

const MemberSchema = z.object({
  /** A Cục user, or null for a named outsider. */
  userId: z.uuid().nullable().default(null),
  name: text({ max: 200 }).default(""),
  role: z.enum(["CHAIR", "SECRETARY", "MEMBER"]),
  organisationId: z.uuid().nullable().default(null),
  /** Implementer organisation ids or facility ids the member has a relationship with. */
  declaredInterests: z.array(z.uuid()).max(50).default([]),
});

export const CreateCouncilInputSchema = z
  .object({
    planYear: z.number().int().min(2019).max(2100),
    name: text({ max: 300 }).min(5, "Nhập tên hội đồng."),
    decisionRef: text({ max: 200 }).default(""),
    members: z.array(MemberSchema).min(3, "Hội đồng cần ít nhất 3 thành viên.").max(30),
  })
  .refine((v) => v.members.filter((m) => m.role === "CHAIR").length === 1, { path: ["members"], message: "Hội đồng có đúng một chủ tịch." })
  .refine((v) => v.members.some((m) => m.role === "SECRETARY"), { path: ["members"], message: "Hội đồng cần có thư ký." })
  .refine((v) => v.members.every((m) => m.userId || m.name.length > 0), { path: ["members"], message: "Nhập họ tên thành viên hoặc chọn cán bộ Cục." });
export type CreateCouncilInput = z.infer<typeof CreateCouncilInputSchema>;

export const AssignInputSchema = z.object({ councilId: z.uuid(), projectId: z.uuid(), version: z.number().int().positive() });

export const MemberAssessmentInputSchema = z.object({ councilId: z.uuid(), projectId: z.uuid(), memberId: z.uuid(), criteria: CriteriaSchema });

/** Thẩm định cấp cơ sở: the SCT's Mẫu 4a/4b sheet (TT 36/2013 Điều 8.1, 10.2.a). */
export const ProvinceAppraisalInputSchema = z
  .object({
    projectId: z.uuid(),
    version: z.number().int().positive(),
    outcome: z.enum(["APPROVE", "RETURN", "REJECT", ""], { error: "Chọn kết luận thẩm định." }).default(""),
    method: z.enum(["COUNCIL", "STAFF"], { error: "Chọn hình thức thẩm định." }),
    form: z.enum(["4a", "4b"]).default("4a"),
    criteria: SheetCriteriaSchema,
    failedCriterionReason: FailedReasonSchema,
    members: z.array(z.object({ name: text({ max: 200 }).min(1, "Nhập họ tên thành viên."), role: z.enum(["CHAIR", "SECRETARY", "MEMBER"]) })).max(30).default([]),
    approvedAmount: z.string().trim().max(30).default(""),
    conclusion: text({ max: 8000, multiline: true }).default(""),
  })
  .refine((v) => v.method !== "COUNCIL" || (v.members.some((m) => m.role === "CHAIR") && v.members.length >= 3), { path: ["members"], message: "Hội đồng cần ít nhất 3 thành viên, trong đó có chủ tịch." })
;

export type ProvinceAppraisalInput = z.infer<typeof ProvinceAppraisalInputSchema>;

export const QueueInputSchema = z.object({
  year: z.coerce.number().int().min(2019).max(2100).optional().catch(undefined),
  province: z.uuid().optional().catch(undefined),
  zone: text({ max: 40 }).optional().catch(undefined),
  content: z.string().regex(/^\d{2}(\.\d)?$/).optional().catch(undefined),
  kind: z.enum(["FLAGSHIP", "GROUP", "STANDARD"]).optional().catch(undefined),
  status: z.enum(["REGISTERED", "UNDER_CUC_APPRAISAL", "DECIDED"]).optional().catch(undefined),
});
export type QueueInput = z.infer<typeof QueueInputSchema>;
