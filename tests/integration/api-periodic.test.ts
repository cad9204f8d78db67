// POST /api/v1/periodic-reports against real PostgreSQL, through the route handler with personal
// tokens: 201 with per-row results, 409 for a period already reported, 400 for rows out of scope or
// with wrong units (nothing stored), 403 without the submit role, 413/415/400 for the body itself.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/periodic-reports/route";
import { createApiToken } from "../../lib/api-tokens/mutations";
import { loadActor } from "../../lib/auth/load-actor";
import { provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let tokenA: string;
let tokenLeadership: string;

type RowJson = { line: number; status: string; reportId: string | null; province: { id: string; name: string } | null; cutOffDate: string | null; errors: { field: string | null; message: string }[]; warnings: { message: string }[] };
type Answer = { committed?: boolean; saved?: number; rows?: RowJson[]; error?: { code: string; message: string; fields?: Record<string, string> }; result?: { rows: RowJson[] } };

const send = async (token: string, body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) => {
  const response = await POST(new Request("http://localhost/api/v1/periodic-reports", { method: "POST", body, headers: { authorization: `Bearer ${token}`, ...headers } }));
  return { status: response.status, body: (await response.json()) as Answer };
};
const rows = (token: string, list: unknown[], mode?: string) => send(token, JSON.stringify({ rows: list, ...(mode ? { mode } : {}) }));
const row = (provinceId: string, over: Record<string, unknown> = {}) => ({ provinceId, year: 2026, period: "Q1", source: "KCDP", unit: "dong", planAmount: "2000000000", executedAmount: "500000000", projectCount: 2, traineeCount: 80, ...over });
const stored = (provinceId: string) => db().provincialReport.count({ where: { provinceId } });

beforeAll(async () => {
  await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh API Định Kỳ A");
  b = await provinceWorld(db(), "Tỉnh API Định Kỳ B");
  tokenA = (await createApiToken(a.sct, { name: "Sở A", expiresOn: "" })).token;
  const leader = await db().user.create({ data: { email: `lanhdao-${a.current.code}@test.local`, name: "Lãnh đạo", passwordHash: "x", organisationId: a.sctOrg.id, roles: { create: [{ role: "LEADERSHIP" }] }, scopes: { create: [{ kind: "NATIONAL" }] } }, select: { id: true } });
  tokenLeadership = (await createApiToken((await loadActor(db(), leader.id))!, { name: "Lãnh đạo", expiresOn: "" })).token;
});

describe("POST /api/v1/periodic-reports", () => {
  it("stores the rows in whole đồng through the API channel and answers 201 with each row's result", async () => {
    const { status, body } = await rows(tokenA, [row(a.current.id), row(a.current.id, { source: "KCQG", planAmount: "1000000000", executedAmount: "0" })]);
    expect(status).toBe(201);
    expect(body).toMatchObject({ committed: true, saved: 2 });
    expect(body.rows![0]).toEqual({ line: 1, status: "SAVED", reportId: expect.any(String), province: { id: a.current.id, name: "Tỉnh API Định Kỳ A" }, year: 2026, period: "Q1", source: "KCDP", cutOffDate: "2026-03-31", errors: [], warnings: [] });
    const saved = await db().provincialReport.findUniqueOrThrow({ where: { id: body.rows![0]!.reportId! } });
    expect([saved.planAmount, saved.executedAmount, saved.channel, saved.submittedById]).toEqual([2_000_000_000n, 500_000_000n, "API", a.sct.userId]);
  });

  it("answers 409 for a period already reported, with the row named, storing nothing", async () => {
    const before = await stored(a.current.id);
    const { status, body } = await rows(tokenA, [row(a.current.id)]);
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("trùng kỳ báo cáo"), fields: { "rows.0.period": expect.stringContaining("đã có báo cáo") } });
    expect(body.result!.rows[0]!.status).toBe("REFUSED");
    expect(await stored(a.current.id)).toBe(before);
  });

  it("answers 400 for another province's row, as for an unknown one, and stores nothing of the submission", async () => {
    const { status, body } = await rows(tokenA, [row(a.current.id, { period: "H1" }), row(b.current.id, { period: "H1" })]);
    expect(status).toBe(400);
    expect(body.error!.code).toBe("VALIDATION");
    expect(body.error!.message).toMatch(/^Chưa lưu: 1 trong 2 dòng bị từ chối\. Dòng 2: Tỉnh: /);
    expect(Object.keys(body.error!.fields!)).toEqual(["rows.1.province"]);
    expect(body.result!.rows.map((r) => r.status)).toEqual(["NOT_SAVED", "REFUSED"]);
    expect(await stored(b.current.id)).toBe(0);
  });

  it("refuses wrong units and fractional đồng, and with VALID_ONLY stores the good rows (201)", async () => {
    const { status, body } = await rows(tokenA, [row(a.current.id, { period: "M9", unit: "ty" }), row(a.current.id, { period: "M9", executedAmount: "1,5" }), row(a.current.id, { period: "M9" })], "VALID_ONLY");
    expect(status).toBe(201);
    expect(body.rows!.map((r) => [r.status, r.errors[0]?.field ?? null])).toEqual([["REFUSED", "unit"], ["REFUSED", "executedAmount"], ["SAVED", null]]);
  });

  it("stores a falling cumulative figure with a warning", async () => {
    const { status, body } = await rows(tokenA, [row(a.current.id, { period: "M11", executedAmount: "100000000" })]);
    expect(status).toBe(201);
    expect(body.rows![0]!.warnings[0]!.message).toMatch(/thấp hơn kỳ/);
  });

  it("answers 403 for a role that does not submit periodic reports", async () => {
    const { status, body } = await rows(tokenLeadership, [row(a.current.id, { period: "YEAR" })]);
    expect(status).toBe(403);
    expect(body.error!.code).toBe("FORBIDDEN");
  });

  it("answers 415, 400 and 413 for the body itself, never 500", async () => {
    expect((await send(tokenA, "rows=1", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await send(tokenA, "{\"rows\": [")).body.error).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("không phải JSON hợp lệ") });
    expect((await send(tokenA, JSON.stringify({ rows: "x" }))).body.error!.fields).toHaveProperty("rows");
    expect((await send(tokenA, JSON.stringify({ rows: [] }))).status).toBe(400);
    expect((await send(tokenA, JSON.stringify({ rows: [row(a.current.id)], mode: "SOME" }))).body.error!.fields).toHaveProperty("mode");
    expect((await send(tokenA, JSON.stringify([row(a.current.id)]))).status).toBe(400);
    const big = JSON.stringify({ rows: [row(a.current.id, { note: "x".repeat(1024 * 1024) })] });
    expect((await send(tokenA, big)).body.error!.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await send(tokenA, JSON.stringify({ rows: Array.from({ length: 2001 }, () => row(a.current.id)) }))).status).toBe(400);
  });
});
