// The attachment upload refuses a cross-origin POST and logs it as a security event (ASVS 16.3.3),
// before any session or database work; the API's and the proxy's refusals are tested beside them
// (api-tokens.test.ts, tests/proxy.test.ts).
import { afterEach, describe, expect, it, vi } from "vitest";
import { CROSS_ORIGIN_EVENT } from "../../lib/http/cross-origin-log";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("../../lib/i18n/request-locale", () => ({ requestLocale: async () => "vi" }));

const { POST: upload } = await import("../../app/(app)/de-an/[id]/tai-lieu/route");

afterEach(() => vi.restoreAllMocks());

describe("a refused cross-origin upload", () => {
  it("answers 403 and writes one warn line with the Origin's host, nothing personal", async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const id = "00000000-0000-4000-8000-000000000001";
    const response = await upload(new Request(`http://localhost/de-an/${id}/tai-lieu`, { method: "POST", headers: { origin: "https://ke-gian.example", host: "localhost", cookie: "next-auth.session-token=bi-mat" } }), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(403);
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.message === CROSS_ORIGIN_EVENT);
    expect(events).toEqual([expect.objectContaining({ level: "warn", where: "attachmentUpload", method: "POST", path: `/de-an/${id}/tai-lieu`, origin: "ke-gian.example" })]);
    expect(lines.join("")).not.toContain("bi-mat");
  });
});
