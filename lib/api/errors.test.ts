import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError, DomainError, ForbiddenError, message, NotFoundError } from "../errors";
import { ApiRefusal, apiFailureOf } from "./errors";
import { apiErrorResponse } from "./respond";

describe("the API error envelope", () => {
  it("answers domain errors with their status, code and Vietnamese message, field messages under fields", () => {
    const error = new DomainError("VALIDATION", "errors.apiTokens.expiryOutOfRange", { value: "2030-01-01", latest: "2027-12-02", days: 365 }, { expiresOn: message("errors.common.text", { text: "sai ngày" }) });
    expect(apiFailureOf(error)).toEqual({
      status: 400,
      body: { error: { code: "VALIDATION", message: "Ngày hết hạn 2030-01-01 không hợp lệ: phải sau hôm nay và không quá 365 ngày (muộn nhất 2027-12-02).", fields: { expiresOn: "sai ngày" } } },
    });
    expect(apiFailureOf(new NotFoundError("apiToken")).status).toBe(404);
    expect(apiFailureOf(new ForbiddenError()).body.error).toEqual({ code: "FORBIDDEN", message: "Bạn không có quyền thực hiện thao tác này." });
    expect(apiFailureOf(new ConflictError()).status).toBe(409);
  });

  it("answers a zod error with 400, the first issue in the message and every issue by path", () => {
    const parsed = z.object({ year: z.number(), rows: z.array(z.object({ plan: z.string() })) }).safeParse({ year: "x", rows: [{ plan: 1 }] });
    const { status, body } = apiFailureOf(parsed.error);
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.message).toMatch(/^Dữ liệu chưa hợp lệ: /);
    expect(Object.keys(body.error.fields ?? {})).toEqual(["year", "rows.0.plan"]);
  });

  it("keeps the edge's own refusals' statuses (401, 413, 415)", () => {
    expect(apiFailureOf(new ApiRefusal(413, "PAYLOAD_TOO_LARGE", "errors.api.bodyTooLarge", { max: 512 }))).toEqual({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE", message: "Nội dung gửi lên quá lớn: tối đa 512 KB mỗi yêu cầu. Hãy chia thành nhiều lần gửi." } } });
    expect(apiFailureOf(new ApiRefusal(415, "UNSUPPORTED_MEDIA_TYPE", "errors.api.notJson", { type: "text/plain" })).status).toBe(415);
  });

  it("names the bearer scheme on a 401 and never caches", async () => {
    const response = apiErrorResponse(new ApiRefusal(401, "TOKEN_REVOKED", "errors.api.tokenRevoked"));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "TOKEN_REVOKED", message: expect.stringContaining("đã bị thu hồi") } });
  });

  it("answers anything unexpected with 500 and a generic message, never the error's text", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = apiErrorResponse(new Error("connect ECONNREFUSED 10.0.0.5:5432"));
    spy.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("ECONNREFUSED");
    expect(JSON.parse(text)).toEqual({ error: { code: "UNEXPECTED", message: expect.stringContaining("Hệ thống gặp lỗi") } });
  });
});

describe("the API's own messages", () => {
  it("all render (strict catalogues throw on a bad placeholder or an ICU tag such as <mã>)", () => {
    const keys = ["tokenUnknown", "tokenExpired", "tokenRevoked", "userInactive", "badAuthorization", "noCredentials", "sessionExpired", "crossOrigin", "notJson", "bodyTooLarge", "badJson", "unknownParameter", "notFound", "rowsRefused", "rowsDuplicate"] as const;
    const params = { type: "text/plain", max: 1, name: "x", allowed: "y", path: "/z", refused: 1, total: 2, line: 1, detail: "d" };
    for (const key of keys) expect(new ApiRefusal(400, "VALIDATION", `errors.api.${key}`, params).message).not.toMatch(/errors\.api/);
  });
});
