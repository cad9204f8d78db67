// Inputs of the API-token page. The expiry arrives as an ISO day from the date input; empty means
// the default, 90 days ahead (lib/api-tokens/rules.ts): every new token expires, within a year.
import { z } from "zod";
import { text } from "../text";
import { optionalCalendarDateText } from "../calendar";

export const CreateApiTokenInputSchema = z.object({
  name: text({ max: 80, tooLong: "Tên mã tối đa 80 ký tự." }).min(1, "Đặt tên cho mã để nhận ra nơi dùng nó (ví dụ: “Báo cáo tự động”)."),
  expiresOn: optionalCalendarDateText().default(""),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInputSchema>;

export const RevokeApiTokenInputSchema = z.object({ id: z.uuid("Mã không hợp lệ.") });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInputSchema>;
