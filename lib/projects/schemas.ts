// Inputs of đề án: the editor (TT 36/2013 Điều 5 fields), workflow steps and the list filter.
// Amounts arrive as the text the user typed, in triệu đồng with vi-VN separators, and are parsed
// exactly on the server (lib/money). The implementer is never taken from the input: it is the
// actor's organisation.
import { z } from "zod";
import { text } from "../text";
import { optionalCalendarDateText } from "../calendar";
import { formatInteger } from "../format";
import { NewFacilityInputSchema, NewFacilityRulesSchema } from "../facilities/schemas";
import { CursorTextSchema } from "../keyset";
import { PageSchema, SearchSchema } from "../pagination";
import { PROJECT_STATUSES } from "./statuses";

const optionalDate = optionalCalendarDateText().default("");

/** Money typed by the user, in triệu đồng ("1.234,5"). Empty means 0. */
/** Shared with the submission checks, which apply it to saved rows too. */
export const WORK_ITEM_ENDS_BEFORE_START = "Ngày kết thúc không được trước ngày bắt đầu.";

export const MoneyTextSchema = z.string().trim().max(30, "Số tiền quá dài.").default("");

export const BudgetLineInputSchema = z.object({
  item: text({ max: 500 }).min(1, "Hãy nhập nội dung chi."),
  contentCategoryId: z.uuid().nullable().default(null),
  supportNormId: z.uuid().nullable().default(null),
  facilityId: z.uuid().nullable().default(null),
  unit: text({ max: 50 }).default(""),
  quantity: z.coerce.number({ error: "Số lượng phải là số nguyên." }).int("Số lượng phải là số nguyên.").min(1, "Số lượng tối thiểu là 1.").max(100_000, `Số lượng tối đa là ${formatInteger(100_000)}.`).default(1),
  totalCost: MoneyTextSchema,
  supportAmount: MoneyTextSchema,
  otherAmount: MoneyTextSchema,
  /** Priority area or industry (NĐ 45/2012 Điều 6): the norm's priority multiplier applies. */
  priority: z.boolean().default(false),
  /** Why a line with no support norm ("Không áp dụng định mức") costs what it does; required to submit. */
  normJustification: text({ max: 2000, multiline: true }).default(""),
});
export type BudgetLineInput = z.infer<typeof BudgetLineInputSchema>;

export const WorkItemInputSchema = z
  .object({
    description: text({ max: 1000, multiline: true }).min(1, "Hãy nhập nội dung công việc."),
    responsible: text({ max: 200 }).default(""),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  // ISO texts compare as dates.
  .refine((w) => !w.startDate || !w.endDate || w.endDate >= w.startDate, { path: ["endDate"], message: WORK_ITEM_ENDS_BEFORE_START });

export const PartnerInputSchema = z.object({ name: text({ max: 300 }).min(1, "Hãy nhập tên đơn vị phối hợp."), role: text({ max: 300 }).default("") });

export const BeneficiaryInputSchema = z.object({ facilityId: z.uuid("Cơ sở không hợp lệ.") });

export const ProjectDraftInputSchema = z
  .object({
    id: z.uuid().optional(),
    /** The version the user loaded; required when updating (optimistic concurrency). */
    version: z.number().int().positive().optional(),
    title: text({ max: 500 }).min(5, "Tên đề án cần ít nhất 5 ký tự."),
    planYear: z.coerce.number({ error: "Năm kế hoạch phải là số." }).int().min(2019).max(2100),
    endYear: z.coerce.number({ error: "Năm kết thúc phải là số." }).int().min(2019).max(2100),
    fundingSource: z.enum(["KCQG", "KCDP"], { error: "Chọn nguồn kinh phí KCQG hoặc KCĐP." }),
    kind: z.enum(["FLAGSHIP", "GROUP", "STANDARD"], { error: "Chọn loại đề án." }),
    provinceId: z.uuid("Chọn tỉnh thực hiện.").nullable().default(null),
    multiProvince: z.boolean().default(false),
    locationText: text({ max: 1000, multiline: true }).default(""),
    needAndBasis: text({ max: 10_000, multiline: true }).default(""),
    objectives: text({ max: 10_000, multiline: true }).default(""),
    scale: text({ max: 10_000, multiline: true }).default(""),
    arrangements: text({ max: 10_000, multiline: true }).default(""),
    expectedEffects: text({ max: 10_000, multiline: true }).default(""),
    contentCategoryIds: z.array(z.uuid()).max(20).default([]),
    partners: z.array(PartnerInputSchema).max(50).default([]),
    workItems: z.array(WorkItemInputSchema).max(200).default([]),
    budgetLines: z.array(BudgetLineInputSchema).max(500, `Tối đa ${formatInteger(500)} dòng dự toán.`).default([]),
    beneficiaries: z.array(BeneficiaryInputSchema).max(500).default([]),
    /** Facilities typed in the editor, created by this save; beneficiaries name them by key. */
    newFacilities: z.array(NewFacilityInputSchema).max(50, "Tối đa 50 cơ sở mới trong một lần lưu.").default([]),
  })
  .refine((v) => v.endYear >= v.planYear, { path: ["endYear"], message: "Năm kết thúc không được trước năm kế hoạch." })
  .refine((v) => v.kind !== "FLAGSHIP" || v.endYear > v.planYear, { path: ["endYear"], message: "Đề án điểm phải thực hiện trên 1 năm (TT 36/2013 Điều 2.3)." })
  .refine((v) => !v.id || v.version !== undefined, { path: ["version"], message: "Thiếu phiên bản của đề án đang sửa." });

export type ProjectDraftInput = z.infer<typeof ProjectDraftInputSchema>;

// The references of a draft read leniently (anything malformed dropped, positions kept), so they
// are checked in the same pass as the field errors: the user sees every error of the form at once.
const someUuid = z.uuid().nullable().catch(null);
const uuids = z.array(z.unknown()).catch([]).transform((ids) => ids.flatMap((id) => (z.uuid().safeParse(id).success ? [id as string] : [])));
export const DraftReferencesSchema = z.object({
  id: z.uuid().optional().catch(undefined),
  planYear: z.coerce.number().int().nullable().catch(null),
  provinceId: someUuid,
  contentCategoryIds: uuids,
  beneficiaries: z.array(z.object({ facilityId: someUuid }).catch({ facilityId: null })).catch([]).transform((bs) => bs.flatMap((b) => (b.facilityId ? [{ facilityId: b.facilityId }] : []))),
  budgetLines: z.array(z.object({ facilityId: someUuid, supportNormId: someUuid }).catch({ facilityId: null, supportNormId: null })).catch([]),
  newFacilities: z.array(NewFacilityRulesSchema.extend({ key: someUuid }).catch({ key: null, taxCode: "", provinceId: null, communeId: null })).catch([]),
});
export type DraftReferences = z.infer<typeof DraftReferencesSchema>;

/** A workflow step on a đề án: the version the user saw, and an optional comment. */
export const WorkflowStepInputSchema = z.object({ projectId: z.uuid(), version: z.number().int().positive(), comment: text({ max: 4000, multiline: true }).default("") });
export type WorkflowStepInput = z.infer<typeof WorkflowStepInputSchema>;

export const ProjectListInputSchema = z.object({
  q: SearchSchema,
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  source: z.enum(["KCQG", "KCDP"]).optional().catch(undefined),
  kind: z.enum(["FLAGSHIP", "GROUP", "STANDARD"]).optional().catch(undefined),
  /** Content category code, matched across catalogue versions ("03.2"). */
  content: z.string().regex(/^\d{2}(\.\d)?$/).optional().catch(undefined),
  province: z.uuid().optional().catch(undefined),
  /** "1": only đề án waiting for this actor's step (the home card "Đề án chờ bạn xử lý" links here). */
  awaiting: z.literal("1").optional().catch(undefined),
  sort: z.enum(["year", "code", "title", "support", "status"]).catch("year"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  /** Old `?page=N` links still open their page (by OFFSET); the list's own links carry cursors. */
  page: PageSchema,
  /** Keyset cursors (lib/keyset; in URLs `?sau=` and `?truoc=`): the rows after or before a position. */
  after: CursorTextSchema,
  before: CursorTextSchema,
});

export type ProjectListInput = z.infer<typeof ProjectListInputSchema>;

export const TransitionInputSchema = z.object({
  projectId: z.uuid(),
  to: z.enum(PROJECT_STATUSES),
  comment: text({ max: 4000, multiline: true }).default(""),
  /** The version the user saw; a newer one means someone else changed it meanwhile. */
  version: z.number().int().positive(),
});
export type TransitionInput = z.infer<typeof TransitionInputSchema>;

/** Rút hồ sơ: the implementer takes back a submitted đề án; the SCT is told why. */
export const WithdrawInputSchema = z.object({
  projectId: z.uuid(),
  version: z.number().int().positive(),
  reason: text({ max: 4000, multiline: true, tooLong: "Lý do rút hồ sơ: tối đa 4000 ký tự." }).min(10, "Lý do rút hồ sơ: hãy ghi rõ lý do (ít nhất 10 ký tự)."),
});

/** Registering several đề án with the Cục at once: each with the version the SCT saw on the list. */
export const BulkRegisterInputSchema = z.object({
  items: z
    .array(z.object({ projectId: z.uuid(), version: z.number().int().positive() }))
    .min(1, "Chọn ít nhất một đề án để đăng ký.")
    .max(100, `Mỗi lần đăng ký tối đa ${formatInteger(100)} đề án.`)
    .refine((items) => new Set(items.map((i) => i.projectId)).size === items.length, "Một đề án được chọn hai lần."),
  comment: WorkflowStepInputSchema.shape.comment,
});
export type BulkRegisterInput = z.infer<typeof BulkRegisterInputSchema>;
