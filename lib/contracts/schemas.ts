// Input schemas of contracts (hợp đồng, giao nhiệm vụ, hợp đồng hỗ trợ). Amounts are typed in
// triệu đồng, vi-VN ("1.234,5"), and parsed exactly by lib/money in the mutation; dates are
// calendar days (dd/mm/yyyy or ISO).
import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";
import { PageSchema } from "../pagination";

const number = text({ max: 100, tooLong: "Số hợp đồng tối đa 100 ký tự" }).min(1, "Hãy nhập số hợp đồng");
const money = (label: string) => z.string().trim().min(1, `Hãy nhập ${label} (triệu đồng)`).max(30);
const terms = text({ max: 20_000, multiline: true, tooLong: "Điều khoản tối đa 20.000 ký tự" }).default("");
const dates = {
  signedOn: calendarDateText("Ngày ký không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
  startsOn: calendarDateText("Ngày bắt đầu không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
  endsOn: calendarDateText("Ngày kết thúc không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
};

/** MAIN: the contract or task assignment with the implementer; SUPPORT: with one beneficiary. */
export const CONTRACT_ROLES = ["MAIN", "SUPPORT"] as const;
export type ContractRole = (typeof CONTRACT_ROLES)[number];

export const SignContractInputSchema = z.object({
  projectId: z.uuid({ error: "Đề án không hợp lệ" }),
  role: z.enum(CONTRACT_ROLES, { error: "Hãy chọn loại hợp đồng" }),
  /** Support contracts: the ProjectBeneficiary who is bên B. */
  beneficiaryId: z.union([z.uuid({ error: "Hãy chọn đơn vị thụ hưởng" }), z.literal("")]).default(""),
  number,
  ...dates,
  value: money("kinh phí hỗ trợ"),
  counterpartValue: z.string().trim().max(30).default("0"),
  terms,
});
export type SignContractInput = z.input<typeof SignContractInputSchema>;

export const AmendContractInputSchema = z.object({
  contractId: z.uuid({ error: "Hợp đồng không hợp lệ" }),
  /** The contract version the form was filled from (optimistic check). */
  version: z.coerce.number({ error: "Thiếu phiên bản hợp đồng; hãy tải lại trang" }).int().min(1),
  /** The day the amendment (phụ lục) is signed. */
  signedOn: dates.signedOn,
  startsOn: dates.startsOn,
  endsOn: dates.endsOn,
  value: money("kinh phí hỗ trợ"),
  counterpartValue: z.string().trim().max(30).default("0"),
  terms,
  reason: text({ max: 2000, multiline: true, tooLong: "Lý do tối đa 2.000 ký tự" }).min(5, "Hãy ghi lý do sửa đổi (ít nhất 5 ký tự)"),
});
export type AmendContractInput = z.input<typeof AmendContractInputSchema>;

export const ContractListInputSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(["DRAFT", "SIGNED", "LIQUIDATED", "TERMINATED"]).optional().catch(undefined),
  page: PageSchema,
});
export type ContractListInput = z.infer<typeof ContractListInputSchema>;
