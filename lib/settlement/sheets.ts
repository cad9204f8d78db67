// Mẫu 7 (biểu chi tiết quyết toán) and Mẫu 8a/8b (bảng kê chứng từ) of a contract's settlement
// dossier (TT 36/2013 Điều 18.1) as .xlsx. Pure apart from exceljs: data in, bytes out. Amounts
// are numbers of triệu đồng written through lib/xlsx/cell-write (exact, summable); text is
// neutralised. 8a lists the support vouchers; 8b every voucher, the counterpart part included, for
// đề án supported as a share of their total cost.
import ExcelJS from "exceljs";
import { DomainError } from "../errors";
import { formatDate } from "../format";
import type { Dong } from "../money";
import { BORDER, writeMoney, writeText } from "../xlsx/cell-write";
import type { SettlementSheets } from "./export-data";
import { citedContractHeading } from "../contracts/document-name";

const KIND = { ADVANCE: "Tạm ứng", PAYMENT: "Thanh toán", SETTLEMENT: "Quyết toán tạm ứng", REFUND: "Hoàn trả", CARRY_OVER: "Chuyển nguồn" } as const;
const SOURCE: Record<string, string> = { KCQG: "KCQG", KCDP: "KCĐP", COUNTERPART: "Vốn đối ứng", OTHER: "Khác" };

function heading(sheet: ExcelJS.Worksheet, title: string, data: SettlementSheets, columns: number) {
  const lines = [title, `Đề án ${data.project.code}: ${data.project.title}`, `Đơn vị thực hiện: ${data.project.implementerName} — ${citedContractHeading(data.contract)}`, "Đơn vị tính: triệu đồng"];
  lines.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, columns);
    const cell = sheet.getCell(i + 1, 1);
    writeText(cell, text);
    cell.font = { bold: i === 0, size: i === 0 ? 13 : 11 };
    cell.alignment = { horizontal: "center", wrapText: true };
  });
}

function headerRow(sheet: ExcelJS.Worksheet, row: number, headers: readonly string[]) {
  headers.forEach((h, i) => {
    const cell = sheet.getCell(row, i + 1);
    writeText(cell, h);
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

function put(sheet: ExcelJS.Worksheet, row: number, values: readonly (string | Dong | null)[], bold = false) {
  values.forEach((v, i) => {
    const cell = sheet.getCell(row, i + 1);
    if (typeof v === "bigint") writeMoney(cell, v);
    else writeText(cell, v ?? "");
    cell.border = BORDER;
    if (bold) cell.font = { bold: true };
  });
}

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Mẫu 7: per content item, planned, accepted and settled (support and counterpart). */
export async function buildMau7(data: SettlementSheets): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Mẫu 7");
  const headers = ["TT", "Nội dung", "ĐVT", "Dự toán: hỗ trợ", "Dự toán: đối ứng", "Nghiệm thu: hỗ trợ", "Nghiệm thu: đối ứng", "Quyết toán: hỗ trợ"];
  heading(sheet, "BIỂU CHI TIẾT QUYẾT TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG (Mẫu 7)", data, headers.length);
  headerRow(sheet, 6, headers);
  // The dossier settles the accepted volume: per item the settled amount is the accepted one when
  // the settlement covers all of it; otherwise only the total can be stated (docs/decisions/025).
  const settled = data.settlement?.settledAmount ?? null;
  const perItem = settled !== null && settled === data.acceptedSupport;
  data.lines.forEach((l, i) => put(sheet, 7 + i, [String(l.lineNo), l.item, l.unit, l.supportAmount, l.counterpartAmount, l.acceptedSupport, l.acceptedCounterpart, perItem ? l.acceptedSupport : null]));
  const total = 7 + data.lines.length;
  const planned = data.lines.reduce((s, l) => s + l.supportAmount, 0n);
  const plannedCounterpart = data.lines.reduce((s, l) => s + l.counterpartAmount, 0n);
  put(sheet, total, ["", "Tổng cộng", "", planned, plannedCounterpart, data.acceptedSupport, data.acceptedCounterpart, settled], true);
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 44 : 16));
  return bytes(workbook);
}

/** Mẫu 8a (support vouchers) or 8b (all vouchers, the counterpart part included). */
export async function buildMau8(data: SettlementSheets, variant: "8a" | "8b"): Promise<Buffer> {
  if (variant === "8b" && !data.offers8b) throw new DomainError("NOT_FOUND", "errors.settlement.no8b", { code: data.project.code });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Mẫu ${variant}`);
  const headers = ["TT", "Số chứng từ", "Ngày chứng từ", "Hợp đồng", "Loại", "Nguồn kinh phí", "Số tiền", "Số tham chiếu Kho bạc", "Nội dung"];
  const title = variant === "8a" ? "BẢNG KÊ CHỨNG TỪ CHI KINH PHÍ KHUYẾN CÔNG (Mẫu 8a)" : "BẢNG KÊ CHỨNG TỪ CHI TOÀN BỘ KINH PHÍ ĐỀ ÁN, GỒM VỐN ĐỐI ỨNG (Mẫu 8b)";
  heading(sheet, title, data, headers.length);
  headerRow(sheet, 6, headers);
  const entries = data.entries.filter((e) => variant === "8b" || e.fundingSource.code !== "COUNTERPART");
  entries.forEach((e, i) => {
    const kind = e.reversesId ? `Đảo: ${KIND[e.kind]}` : KIND[e.kind];
    put(sheet, 7 + i, [String(i + 1), e.voucherRef ?? "", formatDate(e.occurredOn, true), e.contract?.number ?? "", kind, SOURCE[e.fundingSource.code] ?? e.fundingSource.code, e.reversesId ? -e.amount : e.amount, e.treasuryRef ?? "", e.note]);
  });
  let row = 8 + entries.length;
  if (variant === "8b") {
    put(sheet, row++, ["", "Vốn đối ứng cam kết theo hợp đồng", "", "", "", "", data.contract.counterpartValue, "", ""], true);
    put(sheet, row++, ["", "Vốn đối ứng đã nghiệm thu", "", "", "", "", data.acceptedCounterpart, "", ""], true);
  }
  put(sheet, row, ["", "Kinh phí hỗ trợ đã nghiệm thu", "", "", "", "", data.acceptedSupport, "", ""], true);
  sheet.columns.forEach((c, i) => (c.width = [6, 16, 14, 16, 20, 14, 16, 18, 40][i] ?? 14));
  return bytes(workbook);
}
