import { describe, expect, it } from "vitest";
import { line, measures, ty, zoneReport } from "../../../tests/fixtures/report";
import { reportTable, type TableCell } from "./table";

const at = (table: ReturnType<typeof reportTable>, row: number, key: string): TableCell => table.rows[row]!.cells[table.columns.findIndex((c) => c.key === key)]!;

describe("reportTable", () => {
  const table = reportTable(zoneReport());

  it("heads the table with the unit, the cut-off, the as-of instant and the basis, in Vietnamese", () => {
    expect(table.title).toBe("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022");
    expect(table.subtitle).toBe("Theo Khu vực khuyến công · Nguồn kinh phí: KCQG và KCĐP");
    expect(table.unit).toBe("Đơn vị tính: tỷ đồng");
    expect(table.meta[0]).toBe("Kỳ báo cáo: lũy kế từ 01/01/2022 đến ngày 30/09/2022");
    expect(table.meta[1]).toBe("Số liệu tính đến: 05/10/2022 10:04");
    expect(table.meta[2]).toBe("Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025");
    expect(table.fileBase).toBe("Báo cáo khuyến công 2022 theo khu vực khuyến công đến 2022-09-30");
  });

  it("states every percentage's denominator in its header", () => {
    const headers = Object.fromEntries(table.columns.map((c) => [c.key, c.header]));
    expect(headers.percentOfPlan).toBe("% KH (điều chỉnh)");
    expect(headers.vsSamePeriod).toBe("% cùng kỳ năm 2021");
    expect(headers.shareOfNational).toBe("% thực hiện toàn quốc");
    expect(headers.planGrowth).toBe("Tăng, giảm KH so năm 2021 (% KH 2021 điều chỉnh)");
    expect(headers.lastYearExecuted).toBe("Thực hiện cùng kỳ năm 2021");
    expect(headers.label).toBe("Khu vực khuyến công");
  });

  it("keeps exact đồng and basis points, and numbers the lines but not the total", () => {
    expect(at(table, 0, "seq")).toEqual({ kind: "count", value: 1 });
    expect(at(table, 0, "planAdjusted")).toEqual({ kind: "money", amount: ty("174.3") });
    expect(at(table, 0, "allocated")).toEqual({ kind: "money", amount: 29_012_345_678n });
    expect(at(table, 0, "percentOfPlan")).toEqual({ kind: "percent", bp: 4228n });
    expect(at(table, 0, "vsSamePeriod")).toEqual({ kind: "percent", bp: 11280n });
    expect(at(table, 0, "planGrowth")).toEqual({ kind: "percent", bp: 2266n });
    expect(at(table, 0, "trainees")).toEqual({ kind: "count", value: 340 });
    expect(at(table, 0, "path")).toEqual({ kind: "text", text: "Đề án và sổ giải ngân" });
    expect(table.rows.map((r) => r.role)).toEqual(["line", "line", "line", "total"]);
    expect(at(table, 3, "seq")).toEqual({ kind: "text", text: "" });
    expect(at(table, 3, "label")).toEqual({ kind: "text", text: "Tổng cộng" });
  });

  it('shows "chưa báo cáo" for a figure not reported, never 0, and "–" for a ratio on a zero base', () => {
    expect(at(table, 1, "executed")).toEqual({ kind: "text", text: "chưa báo cáo" });
    expect(at(table, 1, "percentOfPlan")).toEqual({ kind: "text", text: "chưa báo cáo" });
    expect(at(table, 1, "projects")).toEqual({ kind: "text", text: "chưa báo cáo" });
    expect(at(table, 1, "path")).toEqual({ kind: "text", text: "Báo cáo định kỳ" });
    expect(at(table, 2, "vsSamePeriod")).toEqual({ kind: "text", text: "–" });
    expect(at(table, 2, "planGrowth")).toEqual({ kind: "text", text: "–" });
    expect(table.notes).toContain('"chưa báo cáo": tỉnh chưa gửi số liệu; không tính vào mẫu số của các tỷ lệ.');
  });

  it("adds before → after columns for the outcome indicators some beneficiary reported, money in tỷ", () => {
    expect(table.columns.some((c) => c.key.startsWith("revenue"))).toBe(false);
    const report = zoneReport();
    const reported = { before: ty("2"), after: ty("2.5"), reported: 3, notReported: 1 };
    report.total = { ...report.total, outcomes: { ...report.total.outcomes, revenue: reported, jobs: { before: 10n, after: 14n, reported: 3, notReported: 0 } } };
    report.lines[0] = { ...report.lines[0]!, outcomes: { ...report.lines[0]!.outcomes, revenue: reported } };
    const withOutcomes = reportTable(report);
    const headers = withOutcomes.columns.map((c) => c.header);
    expect(headers).toEqual(expect.arrayContaining(["Doanh thu trước hỗ trợ", "Doanh thu sau hỗ trợ", "Lao động trước hỗ trợ", "Lao động sau hỗ trợ"]));
    expect(headers).not.toContain("Giá trị sản xuất trước hỗ trợ");
    expect(at(withOutcomes, 0, "revenue.after")).toEqual({ kind: "money", amount: ty("2.5") });
    expect(at(withOutcomes, 1, "revenue.before")).toEqual({ kind: "text", text: "chưa báo cáo" });
    expect(at(withOutcomes, 3, "jobs.after")).toEqual({ kind: "count", value: 14 });
    // An average is the core's mean in whole đồng, under its own header; never a money column in tỷ.
    const income = zoneReport();
    income.total = { ...income.total, outcomes: { ...income.total.outcomes, averageIncome: { before: 6_000_000n, after: 7_500_000n, reported: 2, notReported: 0 } } };
    const withIncome = reportTable(income);
    expect(withIncome.columns.find((c) => c.key === "averageIncome.after")).toMatchObject({ kind: "count", header: "Thu nhập bình quân (đồng/người/tháng, trung bình các cơ sở) sau hỗ trợ" });
    expect(at(withIncome, 3, "averageIncome.after")).toEqual({ kind: "count", value: 7_500_000 });
  });

  it("marks straddling provinces and the mixed data path", () => {
    expect(at(table, 2, "straddling")).toEqual({ kind: "text", text: "Trải trên: Bắc, Nam" });
    expect(at(table, 2, "path")).toEqual({ kind: "text", text: "Đề án và báo cáo định kỳ" });
  });

  it("adds an SCT's zone and national totals after its own total, marked as totals only", () => {
    const zone = line("north", "Khu vực phía Bắc", measures({ executed: ty("73.7") }), measures({}));
    const national = line("national", "Toàn quốc", measures({ executed: ty("200") }), measures({}));
    const sct = reportTable(zoneReport({ context: { zone, national } }));
    expect(sct.rows.map((r) => r.role)).toEqual(["line", "line", "line", "total", "context", "context"]);
    expect(at(sct, 4, "label")).toEqual({ kind: "text", text: "Khu vực phía Bắc (toàn khu vực, chỉ số tổng)" });
    expect(at(sct, 5, "label")).toEqual({ kind: "text", text: "Toàn quốc (chỉ số tổng)" });
    expect(at(sct, 5, "executed")).toEqual({ kind: "money", amount: ty("200") });
  });

  it("renders the report's own notes before its explanation of 'chưa báo cáo'", () => {
    const notes = reportTable(zoneReport({ notes: [{ key: "reports.notes.samePeriod", params: { date: "30/09/2021" } }] })).notes;
    expect(notes).toEqual(["Cùng kỳ = cùng ngày chốt năm trước (30/09/2021).", '"chưa báo cáo": tỉnh chưa gửi số liệu; không tính vào mẫu số của các tỷ lệ.']);
  });
});
