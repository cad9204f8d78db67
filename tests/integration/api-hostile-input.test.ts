// /api/v1 against real PostgreSQL with input a program (or an attacker) may send: NUL and bidi
// characters inside otherwise valid JSON or query parameters, bodies that are not JSON or too
// large. Each answers 400/413/415 with the Vietnamese JSON envelope, never 500, and stores nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/periodic-reports/route";
import { GET as summary } from "../../app/api/v1/reports/summary/route";
import { createApiToken } from "../../lib/api-tokens/mutations";
import { provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
type Envelope = { error?: { code: string; message: string; fields?: Record<string, string> } };
let w: World;
let token: string;

const post = async (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) => {
  const response = await POST(new Request("http://localhost/api/v1/periodic-reports", { method: "POST", body, headers: { authorization: `Bearer ${token}`, ...headers } }));
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Envelope };
};
const row = (over: Record<string, unknown> = {}) => ({ provinceId: w.current.id, year: 2026, period: "Q1", source: "KCDP", unit: "dong", planAmount: "2000000000", executedAmount: "500000000", projectCount: 2, traineeCount: 80, ...over });

beforeAll(async () => {
  await referenceBasics(db());
  w = await provinceWorld(db(), "Tỉnh API Ký Tự");
  token = (await createApiToken(w.sct, { name: "Sở thử ký tự", expiresOn: "" })).token;
});

describe("POST /api/v1/periodic-reports with hostile text", () => {
  it("answers 400 with the row's field for a NUL or U+202E in the note, and for a NUL province code", async () => {
    const nul = await post(JSON.stringify({ rows: [row({ note: "ghi chú\u0000" })] }));
    expect(nul.status).toBe(400);
    expect(JSON.stringify(nul.body)).toMatch(/U\+0000/);
    const bidi = await post(JSON.stringify({ rows: [row({ note: "ghi chú\u202Eabc" })] }));
    expect(bidi.status).toBe(400);
    expect(JSON.stringify(bidi.body)).toMatch(/U\+202E/);
    const code = await post(JSON.stringify({ rows: [row({ provinceId: undefined, provinceCode: "01\u0000" })] }));
    expect(code.status).toBe(400);
    expect(await db().provincialReport.count({ where: { provinceId: w.current.id } })).toBe(0);
  });

  it("answers 400/413/415 JSON in Vietnamese for bodies that are not JSON or too large", async () => {
    const notJson = await post("<xml/>", { "content-type": "text/xml" });
    expect(notJson).toMatchObject({ status: 415, type: expect.stringContaining("application/json"), body: { error: { code: "UNSUPPORTED_MEDIA_TYPE" } } });
    const broken = await post("{\"rows\": [", { "content-type": "application/json" });
    expect(broken).toMatchObject({ status: 400, body: { error: { code: "VALIDATION", message: expect.stringContaining("không phải JSON hợp lệ") } } });
    const deep = await post("[".repeat(200_000) + "]".repeat(200_000));
    expect(deep.status).toBe(400);
    const huge = await post(JSON.stringify({ rows: [row({ note: "x".repeat(2 * 1024 * 1024) })] }));
    expect(huge).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
  });
});

describe("GET /api/v1/reports/summary with hostile parameters", () => {
  it("answers 400 with the parameter named for NUL or bidi characters, never 500", async () => {
    for (const value of ["%00", "abc%E2%80%AE"]) {
      const response = await summary(new Request(`http://localhost/api/v1/reports/summary?year=2027&province=${value}`, { headers: { authorization: `Bearer ${token}` } }));
      const body = (await response.json()) as Envelope;
      expect(response.status).toBe(400);
      expect(body.error?.fields).toHaveProperty("province");
    }
  });
});
