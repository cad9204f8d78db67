import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { verbatim } from "../i18n/messages";
import type { RowIssue, RowResult, SubmitResult } from "../periodic-reports/types";
import { periodicResponse } from "./periodic-json";

const issue = (field: RowIssue["field"], message: string): RowIssue => ({ field, message, ref: verbatim(message) });
const key = { provinceId: "p1", provinceName: "Thanh Hóa", year: 2026, period: "M9" as const, source: "KCDP" as const, cutOffDate: calendarDay(2026, 9, 30) };
const row = (line: number, status: RowResult["status"], over: Partial<RowResult> = {}): RowResult => ({ line, status, reportId: status === "SAVED" ? `r${line}` : null, key, read: { province: "Thanh Hóa", period: "M9", source: "KCDP" }, errors: [], warnings: [], falling: [], ...over });
const result = (rows: RowResult[]): SubmitResult => ({ committed: rows.some((r) => r.status === "SAVED"), saved: rows.filter((r) => r.status === "SAVED").length, refused: rows.filter((r) => r.status === "REFUSED").length, flagged: 0, rows });
type Rows = { rows: Record<string, unknown>[] };
type Body = Rows & { error: { code: string; message: string; fields: Record<string, string> }; result: Rows };
const answer = async (r: SubmitResult) => {
  const response = periodicResponse(r);
  return { status: response.status, body: (await response.json()) as Body };
};

describe("periodicResponse", () => {
  it("answers 201 with each row, days as yyyy-mm-dd, when rows were stored", async () => {
    const { status, body } = await answer(result([row(1, "SAVED"), row(2, "REFUSED", { key: null, errors: [issue("unit", "Đơn vị tính: sai.")] })]));
    expect(status).toBe(201);
    expect(body.rows[0]).toEqual({ line: 1, status: "SAVED", reportId: "r1", province: { id: "p1", name: "Thanh Hóa" }, year: 2026, period: "M9", source: "KCDP", cutOffDate: "2026-09-30", errors: [], warnings: [] });
    expect(body.rows[1]).toMatchObject({ province: null, cutOffDate: null });
    expect(body.rows[1]!.errors).toEqual([{ field: "unit", message: "Đơn vị tính: sai." }]); // the catalogue reference stays inside
  });

  it("answers 400 with each refusal at its place in the request when a row failed its own checks", async () => {
    const { status, body } = await answer(result([row(1, "NOT_SAVED"), row(2, "REFUSED", { key: null, errors: [issue("planAmount", "Kế hoạch: chưa nhập số tiền."), issue(null, "Dòng trống.")] })]));
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "VALIDATION", message: "Chưa lưu: 1 trong 2 dòng bị từ chối. Dòng 2: Kế hoạch: chưa nhập số tiền.", fields: { "rows.1.planAmount": "Kế hoạch: chưa nhập số tiền.", "rows.1": "Dòng trống." } });
    expect(body.result.rows.map((r) => r.status)).toEqual(["NOT_SAVED", "REFUSED"]);
  });

  it("answers 409 when every refused row passed its own checks, i.e. its period is reported already", async () => {
    const duplicate = row(1, "REFUSED", { errors: [issue("period", "Kỳ báo cáo: đã có báo cáo.")] });
    expect((await answer(result([duplicate, row(2, "NOT_SAVED")]))).status).toBe(409);
    const mixed = [duplicate, row(2, "REFUSED", { key: null, errors: [issue("unit", "sai")] })];
    expect((await answer(result(mixed))).status).toBe(400);
  });
});
