// next-auth 4 parses a POST declaring JSON with request.json(): a malformed body threw out of the
// route handler, and a path without an action was taken for a misconfiguration: both were 500s
// (found by tests/integration/fuzz-routes.test.ts). They are now a 400 and a 404, in Vietnamese.
import { describe, expect, it, vi } from "vitest";
import { authRouteHandler } from "./route";

vi.mock("../i18n/request-locale", () => ({ requestLocale: async () => "vi" }));

const post = (body: string) =>
  authRouteHandler(new Request("http://localhost:3000/api/auth/callback/credentials", { method: "POST", body, headers: { "content-type": "application/json" } }), { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });

describe("the next-auth route with a body that is not JSON", () => {
  it.each([[""], ["{\"email\": "], ["<script>alert(1)</script>"]])("answers 400 with the Vietnamese message for %j", async (body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/không phải JSON hợp lệ/);
    expect(text).not.toMatch(/<script/);
  });
});

describe("the next-auth route without an action", () => {
  it.each([[[""]], [["", "session"]], [[]]])("answers 404 for the segments %j", async (nextauth) => {
    const response = await authRouteHandler(new Request("http://localhost:3000/api/auth//session"), { params: Promise.resolve({ nextauth }) });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("không tồn tại");
  });
});
