// Every user workbook is opened the same way: the byte checks of file-check.ts first, then exceljs;
// either failure is a Vietnamese validation message, never a 500.
import ExcelJS from "exceljs";
import { DomainError } from "../errors";
import { checkXlsxBytes } from "./file-check";

export async function loadCheckedWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const check = await checkXlsxBytes(bytes);
  if (!check.ok) throw new DomainError("VALIDATION", "errors.common.text", { text: check.message });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("VALIDATION", "errors.imports.unreadable");
  }
  return workbook;
}
