// Inputs of user administration and of choosing a password. Scope arrives as one choice: "NATIONAL",
// "ZONE:<id>" or "PROVINCE:<id>" (the form's one select); which kind the roles need is lib/users/policy.
import { z } from "zod";
import { Role } from "../db/generated/enums";
import { PageSchema, SearchSchema } from "../pagination";
import { isDemoAccount } from "../auth/demo-accounts";
import { MAX_PASSWORD_LENGTH } from "./password-policy";

const uuid = (message: string) => z.uuid(message);

export const ScopeChoiceSchema = z.union([
  z.literal("NATIONAL").transform(() => ({ kind: "NATIONAL" as const, zoneId: null, provinceId: null })),
  z.string().regex(/^ZONE:[0-9a-f-]{36}$/).transform((v) => ({ kind: "ZONE" as const, zoneId: v.slice(5), provinceId: null })),
  z.string().regex(/^PROVINCE:[0-9a-f-]{36}$/).transform((v) => ({ kind: "PROVINCE" as const, zoneId: null, provinceId: v.slice(9) })),
], { error: "Chọn phạm vi địa lý của tài khoản." });

export const CreateUserInputSchema = z.object({
  email: z.string().trim().toLowerCase().email("Thư điện tử không hợp lệ (ví dụ: ten@sct.gov.vn).").max(200, "Thư điện tử tối đa 200 ký tự.")
    .refine((e) => !isDemoAccount(e), "Tên miền này dành cho tài khoản mẫu; hãy dùng thư điện tử công vụ của người dùng."),
  name: z.string().trim().min(2, "Nhập họ và tên người dùng.").max(120, "Họ và tên tối đa 120 ký tự."),
  organisationId: uuid("Chọn đơn vị của người dùng."),
  roles: z.array(z.enum(Role), { error: "Chọn ít nhất một vai trò." }).min(1, "Chọn ít nhất một vai trò.").max(6),
  scope: ScopeChoiceSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

export const UserIdInputSchema = z.object({ userId: uuid("Tài khoản không hợp lệ.") });
export const SetUserActiveInputSchema = UserIdInputSchema.extend({ active: z.boolean() });

const typedPassword = (message: string) => z.string().min(1, message).max(MAX_PASSWORD_LENGTH);

export const ChangeOwnPasswordInputSchema = z.object({
  currentPassword: typedPassword("Nhập mật khẩu đang dùng."),
  newPassword: typedPassword("Nhập mật khẩu mới."),
  confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
}).refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Nhập lại mật khẩu mới cho khớp." });
export type ChangeOwnPasswordInput = z.infer<typeof ChangeOwnPasswordInputSchema>;

export const RedeemResetInputSchema = z.object({
  token: z.string().max(100),
  newPassword: typedPassword("Nhập mật khẩu mới."),
  confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
}).refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Nhập lại mật khẩu mới cho khớp." });

export const UserListInputSchema = z.object({
  q: SearchSchema,
  active: z.enum(["1", "0", "all"]).catch("1"),
  page: PageSchema,
});
export type UserListInput = z.infer<typeof UserListInputSchema>;
