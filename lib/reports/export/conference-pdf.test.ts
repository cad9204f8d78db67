import { describe, expect, it } from "vitest";
import { pdfPages } from "../../../tests/fixtures/pdf-text";
import { conferenceReports, line, measures, ty } from "../../../tests/fixtures/report";
import { conferenceDoc } from "./conference";
import { conferencePdf } from "./conference-pdf";

const issuer = { governingBody: "BỘ CÔNG THƯƠNG", name: "Cục Công Thương địa phương" };
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("conferencePdf", () => {
  it("is a PDF whose text a reader shows in Vietnamese: header, title, unit, summary, tables, footer and page numbers", async () => {
    const pdf = await conferencePdf(conferenceDoc(conferenceReports()), issuer, new Date("2022-10-05T03:00:00Z"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const all = flat(pages.join("\n"));
    expect(all).toContain("CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG");
    expect(all).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(all).toContain("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022 (TÍNH ĐẾN 30/09/2022)");
    expect(all).toContain("Đơn vị tính: tỷ đồng");
    expect(all).toContain("đạt 42,28 % kế hoạch điều chỉnh");
    expect(all).toContain("Lào Cai (*)");
    expect(all).toContain("112,80 %");
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(flat(page)).toContain("Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025.");
    });
  });

  it("runs a long province table onto more pages, every page numbered", async () => {
    const reports = conferenceReports();
    reports.byProvince.lines = Array.from({ length: 63 }, (_, i) => line(`p${i}`, `Tỉnh số ${i + 1}`, measures({ planAdjusted: ty("10"), executed: ty("4.5") }), measures({ executed: ty("4") })));
    const pages = pdfPages(await conferencePdf(conferenceDoc(reports), issuer, new Date()));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(flat(pages.at(-1)!)).toContain(`Trang ${pages.length}/${pages.length}`);
    expect(flat(pages.join("\n"))).toContain("Tỉnh số 63");
    // The header row repeats on the pages the table runs onto.
    expect(pages.filter((p) => flat(p).includes("Tỉnh, thành phố")).length).toBeGreaterThanOrEqual(2);
  });

  it("heads an SCT's summary with its province's people's committee and dates it at the province", async () => {
    const sct = { governingBody: "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", name: "Sở Công Thương Thanh Hóa", place: "Thanh Hóa" };
    const first = flat(pdfPages(await conferencePdf(conferenceDoc(conferenceReports()), sct, new Date("2022-10-05T03:00:00Z")))[0]!);
    expect(first).toMatch(/ỦY BAN NHÂN DÂN TỈNH THANH HÓA.*SỞ CÔNG THƯƠNG THANH HÓA/);
    expect(first).toContain("Thanh Hóa, ngày 05 tháng 10 năm 2022");
    expect(first).not.toContain("Hà Nội, ngày");
    expect(first).not.toContain("BỘ CÔNG THƯƠNG");
  });

  it("dates the ministry's summary at Hà Nội under BỘ CÔNG THƯƠNG", async () => {
    const first = flat(pdfPages(await conferencePdf(conferenceDoc(conferenceReports()), issuer, new Date("2022-10-05T03:00:00Z")))[0]!);
    expect(first).toMatch(/BỘ CÔNG THƯƠNG.*CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG/);
    expect(first).toContain("Hà Nội, ngày 05 tháng 10 năm 2022");
  });
});
