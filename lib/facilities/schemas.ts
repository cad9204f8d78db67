// Inputs of cơ sở CNNT: the list filter, the new-facility form of the đề án editor and the edit form.
import { z } from "zod";
import { text } from "../text";
import { PageSchema, SearchSchema } from "../pagination";

export const FACILITY_KINDS = ["SME", "COOPERATIVE", "COOPERATIVE_UNION", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS", "OTHER_ENTERPRISE"] as const;
export const FACILITY_SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE", "NOT_APPLICABLE"] as const;

/** Filters come from the URL: anything odd is dropped rather than refused. */
export const FacilityListInputSchema = z.object({
  q: SearchSchema,
  page: PageSchema,
  provinceId: z.uuid().optional().catch(undefined),
  kind: z.enum(FACILITY_KINDS).optional().catch(undefined),
  size: z.enum(FACILITY_SIZES).optional().catch(undefined),
  /** "yes": supported by some đề án (committed, see lib/projects/checks COMMITTED); "no": never. */
  supported: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Supported by a đề án of this plan year. */
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type FacilityListInput = z.infer<typeof FacilityListInputSchema>;

export const FacilityInputSchema = z.object({
  taxCode: text({ max: 20 }).min(1, "Nhập mã số thuế."),
  name: text({ max: 300 }).min(3, "Tên cơ sở cần ít nhất 3 ký tự."),
  kind: z.enum(FACILITY_KINDS, { error: "Chọn loại hình." }),
  size: z.enum(FACILITY_SIZES, { error: "Chọn quy mô." }),
  industry: text({ max: 200 }).min(2, "Nhập ngành nghề."),
  provinceId: z.uuid("Chọn tỉnh."),
  // "" from an unselected picker means "not recorded".
  communeId: z.preprocess((v) => (v === "" ? null : v), z.uuid("Chọn xã, phường.").nullable().default(null)),
  addressLine: text({ max: 300 }).min(2, "Nhập địa chỉ."),
  inCraftVillage: z.boolean().default(false),
  craftVillageName: text({ max: 200 }).default(""),
  womenOwned: z.boolean().default(false),
  ownerName: text({ max: 200 }).min(2, "Nhập họ tên chủ cơ sở."),
  ownerPhone: z.string().trim().regex(/^(\+?84|0)[0-9 .]{8,12}$|^$/, "Số điện thoại không hợp lệ.").default(""),
});
export type FacilityInput = z.infer<typeof FacilityInputSchema>;

/**
 * A facility typed in the đề án editor, created only when the đề án saves (same transaction).
 * `key` is the editor's placeholder id: beneficiaries and budget lines name it until the save
 * answers with the real id; the server never uses it as the facility's id.
 */
export const NewFacilityInputSchema = FacilityInputSchema.extend({ key: z.uuid() });
export type NewFacilityInput = z.infer<typeof NewFacilityInputSchema>;

/** The fields the creation rules look at, read leniently so they are checked beside other errors. */
export const NewFacilityRulesSchema = z.object({
  taxCode: z.string().catch(""),
  provinceId: z.uuid().nullable().catch(null),
  communeId: z.uuid().nullable().catch(null),
});
export type NewFacilityRules = z.infer<typeof NewFacilityRulesSchema>;

/** The edit form: every field of the new-facility form, plus the version the user saw. */
export const FacilityEditInputSchema = FacilityInputSchema.extend({ id: z.uuid(), version: z.coerce.number().int().min(1) });
export type FacilityEditInput = z.infer<typeof FacilityEditInputSchema>;

export const CommuneQuerySchema = z.object({ provinceId: z.uuid() });
