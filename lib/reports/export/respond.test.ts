import { describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { DomainError, message, NotFoundError } from "../../errors";
import { respondWithReportFile } from "./respond";

const actor = { userId: "u" } as Actor;
const file = { bytes: new Uint8Array([1, 2, 3]), contentType: "text/csv; charset=utf-8", disposition: `attachment; filename="a.csv"; filename*=UTF-8''%C4%91.csv` };

describe("respondWithReportFile", () => {
  it("serves the file, never cached", async () => {
    const res = await respondWithReportFile("vi", actor, async () => file);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("Content-Disposition")).toBe(file.disposition);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(file.bytes);
  });

  it("answers a bad parameter with 400 and the Vietnamese message naming the field", async () => {
    const res = await respondWithReportFile("vi", actor, async () => {
      throw new DomainError("VALIDATION", "errors.reports.invalidQuery", { fields: "date" }, { date: message("errors.reports.dateField") });
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("Tham số báo cáo không hợp lệ: date.\ndate: Ngày chốt không có thật (định dạng yyyy-mm-dd)");
  });

  it("answers another province as not found, no session as 401, and hides unexpected errors", async () => {
    expect((await respondWithReportFile("vi", actor, async () => Promise.reject(new NotFoundError("record")))).status).toBe(404);
    expect((await respondWithReportFile("vi", null, async () => file)).status).toBe(401);
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await respondWithReportFile("vi", actor, async () => Promise.reject(new Error("secret detail")));
      expect(res.status).toBe(500);
      expect(await res.text()).toBe("Hệ thống gặp lỗi khi tạo tệp báo cáo. Hãy thử lại.");
    } finally {
      console.error = original;
    }
  });
});

describe("download links", () => {
  it("keep the page's query and add the format", async () => {
    const { reportExportHref, conferencePdfHref } = await import("./href");
    const { query } = await import("../../../tests/fixtures/report");
    const q = query({ by: "province", filter: { zoneId: "z1" } });
    expect(reportExportHref(q, "csv")).toBe("/bao-cao/xuat?year=2022&preset=M9&basis=63&source=ALL&by=province&zone=z1&format=csv");
    expect(conferencePdfHref(q)).toBe("/bao-cao/hoi-nghi?year=2022&preset=M9&basis=63&source=ALL&by=province&zone=z1");
  });
});
