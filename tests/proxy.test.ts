// proxy.ts: every request gets a request id that is forwarded to the app and echoed on the response;
// the health check and the JSON API are never sent to sign-in.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "../proxy";

// The proxy reads the validated environment (CSP and HSTS settings), which requires DATABASE_URL.
beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
});

const forwardedId = (response: Response) => response.headers.get("x-middleware-request-x-request-id");

describe("proxy", () => {
  it("keeps a valid incoming x-request-id, forwards it to the app and echoes it", () => {
    const response = proxy(new NextRequest("http://localhost/api/health", { headers: { "x-request-id": "lb-7f3a2c19" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a2c19");
    expect(forwardedId(response)).toBe("lb-7f3a2c19");
  });

  it("replaces a forged id with a new one", () => {
    const response = proxy(new NextRequest("http://localhost/api/v1/projects", { headers: { "x-request-id": "bad id\"}" } }));
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwardedId(response)).toBe(id);
  });

  it("still sends a visitor without a session to sign-in, with a request id", () => {
    const response = proxy(new NextRequest("http://localhost/de-an"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost/dang-nhap?callbackUrl=%2Fde-an");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves sign-in itself and the health check open", () => {
    for (const path of ["/dang-nhap", "/api/health", "/api/auth/session"]) expect(proxy(new NextRequest(`http://localhost${path}`)).status).toBe(200);
  });

  it("has sign-out clear the cache and web storage, and nothing else", () => {
    const signOut = proxy(new NextRequest("http://localhost/api/auth/signout", { method: "POST" }));
    expect(signOut.headers.get("clear-site-data")).toBe('"cache", "storage"');
    expect(proxy(new NextRequest("http://localhost/api/auth/signout")).headers.get("clear-site-data")).toBeNull();
    expect(proxy(new NextRequest("http://localhost/api/auth/session")).headers.get("clear-site-data")).toBeNull();
  });

  it("sends a CSP that forbids <base>", () => {
    expect(proxy(new NextRequest("http://localhost/dang-nhap")).headers.get("content-security-policy")).toContain("base-uri 'none'");
  });

  it("refuses a cross-origin server action with 403 and logs it as a security event", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    try {
      const response = proxy(new NextRequest("http://localhost/de-an", { method: "POST", headers: { "next-action": "abc", origin: "https://ke-gian.example", host: "localhost" } }));
      expect(response.status).toBe(403);
      await vi.waitFor(() => expect(lines.some((line) => line.includes("security.crossOriginRefused"))).toBe(true));
    } finally {
      spy.mockRestore();
    }
    const event = JSON.parse(lines.find((line) => line.includes("security.crossOriginRefused"))!) as Record<string, unknown>;
    expect(event).toMatchObject({ level: "warn", where: "serverAction", method: "POST", path: "/de-an", origin: "ke-gian.example" });
  });
});
