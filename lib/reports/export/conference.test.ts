import { describe, expect, it } from "vitest";
import { conferenceReports, line, measures, ty } from "../../../tests/fixtures/report";
import { conferenceDoc } from "./conference";

describe("conferenceDoc", () => {
  const doc = conferenceDoc(conferenceReports());

  it("titles the summary with the year and the cut-off, and states unit, as-of and basis", () => {
    expect(doc.title).toBe("Báo cáo tình hình thực hiện kế hoạch khuyến công năm 2022 (tính đến 30/09/2022)");
    expect(doc.unit).toBe("Đơn vị tính: tỷ đồng");
    expect(doc.meta).toEqual(["Kỳ báo cáo: lũy kế từ 01/01/2022 đến ngày 30/09/2022", "Số liệu tính đến: 05/10/2022 10:04", "Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025"]);
    expect(doc.footer).toBe("Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025. Kỳ báo cáo: lũy kế đến ngày 30/09/2022. Số liệu tính đến 05/10/2022 10:04.");
    expect(doc.fileBase).toBe("Báo cáo hội nghị khuyến công 2022 đến 2022-09-30");
  });

  it("says per source and in total the plan, executed, % of the adjusted plan and the ratio to the same period", () => {
    expect(doc.summary).toEqual([
      "KCQG: kế hoạch (điều chỉnh) 50,6 tỷ đồng, thực hiện 20,1 tỷ đồng, đạt 39,72 % kế hoạch điều chỉnh; so với cùng kỳ năm 2021 (18 tỷ đồng) đạt 111,67 %.",
      "KCĐP: kế hoạch (điều chỉnh) 123,7 tỷ đồng, thực hiện 53,6 tỷ đồng, đạt 43,33 % kế hoạch điều chỉnh; so với cùng kỳ năm 2021 (47,336 tỷ đồng) đạt 113,23 %.",
      "Tổng cộng: kế hoạch (điều chỉnh) 174,3 tỷ đồng, thực hiện 73,7 tỷ đồng, đạt 42,28 % kế hoạch điều chỉnh; so với cùng kỳ năm 2021 (65,336 tỷ đồng) đạt 112,80 %.",
      "Kế hoạch năm 2022 (điều chỉnh) 174,3 tỷ đồng, tăng 22,66 % so với kế hoạch năm 2021 (điều chỉnh) 142,1 tỷ đồng.",
    ]);
  });

  it("puts the national track first whatever order the lines come in", () => {
    const reports = conferenceReports();
    reports.bySource.lines.reverse();
    expect(conferenceDoc(reports).summary.map((s) => s.slice(0, 5))).toEqual(["KCQG:", "KCĐP:", "Tổng ", "Kế ho"]);
  });

  it("says a source without figures is not reported, and a falling plan is a decrease", () => {
    const reports = conferenceReports();
    reports.bySource.lines[0] = line("KCQG", "KCQG", measures({}, null), measures({}, null));
    reports.bySource.total = line("total", "Tổng", measures({ planAdjusted: ty("100"), executed: ty("1") }), measures({ planAdjusted: ty("125"), executed: ty("1") }));
    const summary = conferenceDoc(reports).summary;
    expect(summary[0]).toBe("KCQG: chưa có số liệu báo cáo.");
    expect(summary[3]).toBe("Kế hoạch năm 2022 (điều chỉnh) 100 tỷ đồng, giảm 20,00 % so với kế hoạch năm 2021 (điều chỉnh) 125 tỷ đồng.");
  });

  it("tables plan vs executed by zone per source, with % and the same period", () => {
    expect(doc.zone.columns.map((c) => c.header)).toEqual([
      "TT",
      "Khu vực khuyến công",
      "KCQG: Kế hoạch (điều chỉnh)",
      "KCQG: Thực hiện",
      "KCĐP: Kế hoạch (điều chỉnh)",
      "KCĐP: Thực hiện",
      "Tổng cộng: Kế hoạch (điều chỉnh)",
      "Tổng cộng: Thực hiện",
      "% KH (điều chỉnh)",
      "Thực hiện cùng kỳ năm 2021",
      "% cùng kỳ năm 2021",
    ]);
    expect(doc.zone.rows[0]!.cells).toEqual(["1", "Khu vực phía Bắc", "50,600", "20,100", "123,700", "53,600", "174,300", "73,700", "42,28 %", "65,336", "112,80 %"]);
    // A zone missing from a per-source report has no figure there; not reported stays "chưa báo cáo".
    expect(doc.zone.rows[1]!.cells.slice(2, 9)).toEqual(["–", "–", "–", "–", "60,840", "chưa báo cáo", "chưa báo cáo"]);
    expect(doc.zone.rows.at(-1)!.role).toBe("total");
  });

  it("carries the report's notes", () => {
    const reports = conferenceReports();
    reports.byProvince.notes = [{ key: "reports.notes.samePeriod", params: { date: "30/09/2021" } }];
    expect(conferenceDoc(reports).notes).toEqual(["Cùng kỳ = cùng ngày chốt năm trước (30/09/2021)."]);
  });

  it("tables provinces with their data path and marks the straddling ones", () => {
    expect(doc.province.rows[1]!.cells).toEqual(["2", "Lào Cai (*)", "8,000", "chưa báo cáo", "chưa báo cáo", "3,000", "chưa báo cáo", "Báo cáo định kỳ"]);
    expect(doc.straddling).toContain("Lào Cai (Bắc, Trung)");
  });

  it("ends an SCT's tables with the zone and national totals only", () => {
    const zone = line("north", "Khu vực phía Bắc", measures({ executed: ty("73.7") }), measures({}));
    const national = line("national", "Toàn quốc", measures({ executed: ty("200") }), measures({}));
    const sct = conferenceDoc(conferenceReports({ zone, national }));
    expect(sct.province.rows.slice(-2).map((r) => [r.role, r.cells[1], r.cells[3]])).toEqual([
      ["context", "Khu vực phía Bắc (toàn khu vực, chỉ số tổng)", "73,700"],
      ["context", "Toàn quốc (chỉ số tổng)", "200,000"],
    ]);
  });
});
