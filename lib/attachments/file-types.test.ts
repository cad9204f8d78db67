import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AttachmentRejectedError, checkUpload } from "./check";
import { asciiFallback, attachmentDisposition } from "./content-disposition";
import { detectFileType, MAX_ATTACHMENT_BYTES, sanitizeFileName } from "./file-types";
import { canDeleteAttachment, uploadableKinds } from "./policy";
import { sampleCompound, sampleDocx, sampleExe, sampleHtml, sampleJpeg, samplePdf, samplePng, sampleSvg, zip } from "./sample-files";

async function sampleXlsx(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Dự toán").addRow(["Máy sấy chè", 1]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function rejection(name: string, bytes: Uint8Array): AttachmentRejectedError {
  try {
    checkUpload(name, bytes);
  } catch (error) {
    if (error instanceof AttachmentRejectedError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("detectFileType", () => {
  it("recognises each accepted type by its content", async () => {
    expect(detectFileType(samplePdf())).toBe("pdf");
    expect(detectFileType(samplePng())).toBe("png");
    expect(detectFileType(sampleJpeg())).toBe("jpeg");
    expect(detectFileType(sampleDocx())).toBe("docx");
    expect(detectFileType(await sampleXlsx())).toBe("xlsx");
    expect(detectFileType(sampleCompound("WordDocument"))).toBe("doc");
    expect(detectFileType(sampleCompound("Workbook"))).toBe("xls");
  });

  it("refuses executables, markup, plain zips, macro packages and other OLE files", () => {
    expect(detectFileType(sampleExe())).toBeNull();
    expect(detectFileType(sampleHtml())).toBeNull();
    expect(detectFileType(sampleSvg())).toBeNull();
    expect(detectFileType(zip({ "a.txt": "x" }))).toBeNull();
    expect(detectFileType(zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>", "word/vbaProject.bin": "x" }))).toBeNull();
    expect(detectFileType(sampleCompound("SummaryInformation"))).toBeNull(); // e.g. an .msi
    expect(detectFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull(); // "PK" without a directory
  });
});

describe("checkUpload", () => {
  it("accepts a type whose extension agrees, in any case, and gives the stored mime type", () => {
    expect(checkUpload("Công văn đề nghị.PDF", samplePdf())).toEqual({ fileName: "Công văn đề nghị.PDF", mimeType: "application/pdf", type: "pdf" });
    expect(checkUpload("anh.jpeg", sampleJpeg()).mimeType).toBe("image/jpeg");
  });

  it("names the file in each refusal and says why", () => {
    const exe = rejection("ho-so.pdf", sampleExe());
    expect(exe.reason).toBe("UNSUPPORTED_TYPE");
    expect(exe.message).toMatch(/^Tệp “ho-so\.pdf” không phải là tài liệu được chấp nhận/);
    const mismatch = rejection("bang-tinh.xlsx", samplePdf());
    expect(mismatch.message).toContain("có nội dung là PDF nhưng phần mở rộng là “.xlsx”");
    expect(rejection("rong.pdf", new Uint8Array()).reason).toBe("EMPTY");
    const big = rejection("lon.pdf", new Uint8Array(MAX_ATTACHMENT_BYTES + 1));
    expect(big.reason).toBe("TOO_LARGE");
    expect(big.message).toBe("Tệp “lon.pdf” có dung lượng 20 MB, vượt giới hạn 20 MB cho mỗi tệp.");
    expect(big.code).toBe("VALIDATION");
  });
});

describe("sanitizeFileName", () => {
  it("strips paths, control and bidi characters, keeps Vietnamese letters in NFC", () => {
    expect(sanitizeFileName("C:\\Users\\ke toan\\Dự toán.xlsx")).toBe("Dự toán.xlsx");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("ha\u0300nh\u0000\n.pdf")).toBe("hành.pdf");
    expect(sanitizeFileName("hoa-don\u202Efdp.exe")).toBe("hoa-donfdp.exe");
    expect(sanitizeFileName('a<b>"c".pdf')).toBe("a_b__c_.pdf");
    expect(sanitizeFileName("..")).toBe("tai-lieu");
  });

  it("shortens long names but keeps the extension", () => {
    const name = sanitizeFileName(`${"Đ".repeat(300)}.docx`);
    expect([...name]).toHaveLength(180);
    expect(name.endsWith(".docx")).toBe(true);
  });
});

describe("attachmentDisposition", () => {
  it("encodes the Vietnamese name per RFC 5987 with an ASCII fallback", () => {
    expect(attachmentDisposition("Công văn (bản 2).pdf")).toBe(
      `attachment; filename="Cong van (ban 2).pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%28b%E1%BA%A3n%202%29.pdf`,
    );
    expect(asciiFallback('Đề án "mới";\r\n.pdf')).toBe("De an _moi____.pdf");
  });
});

describe("attachment policy", () => {
  it("lets the implementer add dossier documents only while the đề án is editable", () => {
    expect(uploadableKinds(["IMPLEMENTER"], "DRAFT")).toEqual(["REQUEST_LETTER", "BENEFICIARY_LETTER", "ANNEX_2", "OTHER"]);
    expect(uploadableKinds(["IMPLEMENTER"], "RETURNED_BY_CUC")).toHaveLength(4);
    expect(uploadableKinds(["IMPLEMENTER"], "SUBMITTED_TO_SCT")).toEqual([]);
    // While the SCT waits for documents it asked for, the implementer adds to its dossier again.
    expect(uploadableKinds(["IMPLEMENTER"], "SUBMITTED_TO_SCT", { documentsRequested: true })).toEqual(["REQUEST_LETTER", "BENEFICIARY_LETTER", "ANNEX_2", "OTHER"]);
    expect(uploadableKinds(["IMPLEMENTER"], "REGISTERED", { documentsRequested: true })).toEqual([]);
  });

  it("lets the province SCT add the appraisal sheet while the đề án is before it", () => {
    expect(uploadableKinds(["PROVINCE_SCT"], "SUBMITTED_TO_SCT")).toEqual(["APPRAISAL_SHEET"]);
    expect(uploadableKinds(["PROVINCE_SCT"], "DRAFT")).toEqual([]);
    expect(uploadableKinds(["CUC"], "SUBMITTED_TO_SCT")).toEqual([]);
  });

  it("lets only the uploader's organisation delete, in the same window", () => {
    expect(canDeleteAttachment(["IMPLEMENTER"], "DRAFT", "ANNEX_2", true)).toBe(true);
    expect(canDeleteAttachment(["IMPLEMENTER"], "DRAFT", "ANNEX_2", false)).toBe(false);
    expect(canDeleteAttachment(["IMPLEMENTER"], "REGISTERED", "ANNEX_2", true)).toBe(false);
  });
});
