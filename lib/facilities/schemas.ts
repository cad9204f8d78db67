// Inputs of cơ sở CNNT: the list filter and the new-facility form of the đề án editor.
import { z } from "zod";
import { PageSchema, SearchSchema } from "../pagination";

export const FacilityListInputSchema = z.object({ q: SearchSchema, page: PageSchema });
export type FacilityListInput = z.infer<typeof FacilityListInputSchema>;

export const FacilityInputSchema = z.object({
  taxCode: z.string().trim().min(1, "Nhập mã số thuế.").max(20),
  name: z.string().trim().min(3, "Tên cơ sở cần ít nhất 3 ký tự.").max(300),
  kind: z.enum(["SME", "COOPERATIVE", "COOPERATIVE_UNION", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS", "OTHER_ENTERPRISE"], { error: "Chọn loại hình." }),
  size: z.enum(["MICRO", "SMALL", "MEDIUM", "LARGE", "NOT_APPLICABLE"], { error: "Chọn quy mô." }),
  industry: z.string().trim().min(2, "Nhập ngành nghề.").max(200),
  provinceId: z.uuid("Chọn tỉnh."),
  communeId: z.uuid().nullable().default(null),
  addressLine: z.string().trim().min(2, "Nhập địa chỉ.").max(300),
  inCraftVillage: z.boolean().default(false),
  craftVillageName: z.string().trim().max(200).default(""),
  womenOwned: z.boolean().default(false),
  ownerName: z.string().trim().min(2, "Nhập họ tên chủ cơ sở.").max(200),
  ownerPhone: z.string().trim().regex(/^(\+?84|0)[0-9 .]{8,12}$|^$/, "Số điện thoại không hợp lệ.").default(""),
});
export type FacilityInput = z.infer<typeof FacilityInputSchema>;
