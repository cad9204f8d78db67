// Input schemas of the disbursement ledger. Amounts are typed in triệu đồng, vi-VN ("1.234,5"),
// and parsed exactly by lib/money in the mutation; dates are calendar days (dd/mm/yyyy or ISO).
import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";

const voucherRef = text({ max: 100, tooLong: "Số chứng từ tối đa 100 ký tự" }).min(1, "Hãy nhập số chứng từ");
/** One per form rendering: a double click or a retried request carries the same key. */
const idempotencyKey = z.string().trim().min(8, "Thiếu mã gửi biểu mẫu; hãy tải lại trang").max(100);

export const LEDGER_KINDS = ["ADVANCE", "PAYMENT", "SETTLEMENT", "REFUND", "CARRY_OVER"] as const;
export const LEDGER_SOURCES = ["KCQG", "KCDP", "COUNTERPART"] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

/** The sources an entry on a đề án's contract may use: its own (KCQG or KCĐP) and counterpart funds (docs/decisions/027). */
export function entrySourcesOf(projectSource: string): LedgerSource[] {
  return projectSource === "KCQG" || projectSource === "KCDP" ? [projectSource, "COUNTERPART"] : ["COUNTERPART"];
}

export const RecordLedgerEntryInputSchema = z.object({
  contractId: z.uuid({ error: "Hãy chọn hợp đồng" }),
  kind: z.enum(LEDGER_KINDS, { error: "Loại bút toán không hợp lệ" }),
  fundingSource: z.enum(LEDGER_SOURCES, { error: "Nguồn kinh phí không hợp lệ" }),
  /** Triệu đồng, vi-VN. */
  amount: z.string().trim().min(1, "Hãy nhập số tiền (triệu đồng)").max(30),
  occurredOn: calendarDateText("Ngày chứng từ không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
  voucherRef,
  treasuryRef: text({ max: 100, tooLong: "Số tham chiếu Kho bạc tối đa 100 ký tự" }).default(""),
  note: text({ max: 2000, multiline: true, tooLong: "Ghi chú tối đa 2.000 ký tự" }).default(""),
  idempotencyKey,
});
export type RecordLedgerEntryInput = z.infer<typeof RecordLedgerEntryInputSchema>;

export const ReverseLedgerEntryInputSchema = z.object({
  entryId: z.uuid({ error: "Bút toán không hợp lệ" }),
  /** The reversing entry is dated in the open year, on its own voucher. */
  occurredOn: calendarDateText("Ngày chứng từ không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
  voucherRef,
  reason: text({ max: 2000, multiline: true }).min(5, "Hãy ghi lý do đảo bút toán (ít nhất 5 ký tự)"),
  idempotencyKey,
});
export type ReverseLedgerEntryInput = z.infer<typeof ReverseLedgerEntryInputSchema>;

export const ConfirmLedgerEntryInputSchema = z.object({ entryId: z.uuid({ error: "Bút toán không hợp lệ" }) });

export const CloseLedgerYearInputSchema = z.object({
  contractId: z.uuid({ error: "Hãy chọn hợp đồng" }),
  year: z.coerce.number({ error: "Năm không hợp lệ" }).int("Năm không hợp lệ").min(2000, "Năm không hợp lệ").max(2100, "Năm không hợp lệ"),
  /** The Mẫu 10 reconciliation minutes' number. */
  reference: text({ max: 200, tooLong: "Số biên bản tối đa 200 ký tự" }).min(1, "Hãy nhập số biên bản đối chiếu (Mẫu 10)"),
});
export type CloseLedgerYearInput = z.infer<typeof CloseLedgerYearInputSchema>;
