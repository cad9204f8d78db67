// Personal API tokens against real PostgreSQL: shown once and stored hashed, listed and revoked by
// their owner only, audited, and judged at the API edge: a revoked, expired, unknown or malformed
// token, or one whose owner was deactivated, answers 401 JSON.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { authenticateToken } from "../../lib/api-tokens/authenticate";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/mutations";
import { listOwnApiTokens } from "../../lib/api-tokens/queries";
import { hashToken } from "../../lib/api-tokens/token";
import { apiRoute } from "../../lib/api/handler";
import { apiJson } from "../../lib/api/respond";
import type { Actor } from "../../lib/auth/actor";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;

// A route that answers who called it: the edge is what is under test here.
const whoAmI = apiRoute(async ({ actor, via }) => apiJson({ userId: actor.userId, via }));
const call = async (authorization?: string, headers: Record<string, string> = {}) => {
  const response = await whoAmI(new Request("http://localhost/api/v1/test", { headers: authorization === undefined ? headers : { authorization, ...headers } }));
  return { status: response.status, body: (await response.json()) as { userId?: string; via?: string; error?: { code: string; message: string } } };
};

beforeAll(async () => {
  await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Mã API A");
  b = await provinceWorld(db(), "Tỉnh Mã API B");
  cuc = await cucStaff(db());
});

describe("creating a token", () => {
  it("returns the token once and stores only its SHA-256, with the prefix in clear and an audit entry", async () => {
    const created = await createApiToken(a.sct, { name: "Báo cáo tự động", expiresOn: "2027-01-31" }, new Date("2026-12-02T03:00:00Z"));
    expect(created.token).toMatch(/^kc_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId: a.sct.userId, name: "Báo cáo tự động", prefix: created.token.slice(0, 11), tokenHash: hashToken(created.token), expiresAt: new Date("2027-01-31T16:59:59.999Z"), revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(created.token.slice(11));
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "apiToken.create" } });
    expect(audit.actorId).toBe(a.sct.userId);
    expect(JSON.stringify(audit.data)).not.toContain(created.token.slice(11));
    const listed = await listOwnApiTokens(a.sct);
    expect(listed.find((t) => t.id === created.id)).toEqual({ id: created.id, name: "Báo cáo tự động", prefix: created.prefix, createdAt: expect.any(Date), lastUsedAt: null, expiresAt: new Date("2027-01-31T16:59:59.999Z"), revokedAt: null, state: "ACTIVE" });
    expect(Object.keys(listed[0]!)).not.toContain("tokenHash");
  });

  it("refuses an empty name and an expiry beyond a year with Vietnamese field messages", async () => {
    const noName = await failure(createApiToken(a.sct, { name: "  ", expiresOn: "" }));
    expect(noName.message).toContain("Đặt tên cho mã");
    const far = await failure(createApiToken(a.sct, { name: "Xa", expiresOn: "2099-01-01" }, new Date("2026-12-02T03:00:00Z")));
    expect(far).toMatchObject({ code: "VALIDATION", details: { expiresOn: expect.stringContaining("2027-12-02") } });
  });

  it("never makes a token without expiry: no day means 90 days ahead (ASVS 7.2.2)", async () => {
    const now = new Date("2026-12-02T03:00:00Z");
    for (const raw of [{ name: "Mặc định" }, { name: "Để trống", expiresOn: "" }]) {
      const { id } = await createApiToken(a.sct, raw, now);
      expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).expiresAt).toEqual(new Date("2027-03-02T16:59:59.999Z"));
    }
    const lastDay = await createApiToken(a.sct, { name: "Một năm", expiresOn: "2027-12-02" }, now);
    expect(lastDay.expiresAt).toEqual(new Date("2027-12-02T16:59:59.999Z"));
  });

  it("keeps a token made before the rule, without expiry, working (decision 033)", async () => {
    const { id, token } = await createApiToken(a.sct, { name: "Mã cũ không hạn" });
    await db().apiToken.update({ where: { id }, data: { expiresAt: null } });
    expect(await call(`Bearer ${token}`)).toEqual({ status: 200, body: { userId: a.sct.userId, via: "token" } });
    expect((await listOwnApiTokens(a.sct)).find((t) => t.id === id)?.state).toBe("ACTIVE");
  });

  it("lists only the actor's own tokens", async () => {
    await createApiToken(b.sct, { name: "Của tỉnh B", expiresOn: "" });
    expect((await listOwnApiTokens(a.sct)).map((t) => t.name)).not.toContain("Của tỉnh B");
  });
});

describe("the API edge", () => {
  it("accepts a live token as its owner, then answers 401 TOKEN_REVOKED once revoked (audited)", async () => {
    const { id, token } = await createApiToken(a.sct, { name: "Dùng rồi thu hồi", expiresOn: "" });
    expect(await call(`Bearer ${token}`)).toEqual({ status: 200, body: { userId: a.sct.userId, via: "token" } });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date);
    await revokeApiToken(a.sct, { id });
    const refused = await call(`Bearer ${token}`);
    expect(refused).toEqual({ status: 401, body: { error: { code: "TOKEN_REVOKED", message: expect.stringContaining("đã bị thu hồi") } } });
    expect(await db().auditLog.count({ where: { entityId: id, action: "apiToken.revoke" } })).toBe(1);
    expect((await failure(revokeApiToken(a.sct, { id }))).code).toBe("CONFLICT");
  });

  it("answers 401 TOKEN_EXPIRED from the expiry instant on", async () => {
    const { id, token } = await createApiToken(a.sct, { name: "Hết hạn", expiresOn: "" });
    await db().apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await call(`Bearer ${token}`)).toEqual({ status: 401, body: { error: { code: "TOKEN_EXPIRED", message: expect.stringContaining("đã hết hạn") } } });
    expect((await authenticateToken(token, new Date(Date.now() - 60_000))).ok).toBe(true);
  });

  it("answers 401 for an unknown, malformed or missing credential, in Vietnamese", async () => {
    const unknown = await call(`Bearer kc_${"A".repeat(43)}`);
    expect(unknown).toEqual({ status: 401, body: { error: { code: "UNAUTHENTICATED", message: expect.stringContaining("không đúng hoặc không tồn tại") } } });
    expect((await call("Basic dXNlcjpwYXNz")).body.error?.message).toContain("Bearer kc_…");
    expect((await call("Bearer")).status).toBe(401);
    expect((await call()).body.error).toEqual({ code: "UNAUTHENTICATED", message: expect.stringContaining("Cần đăng nhập") });
  });

  it("refuses the token of a deactivated user, and accepts it again once reactivated", async () => {
    const { token } = await createApiToken(b.centre, { name: "Trung tâm", expiresOn: "" });
    await db().user.update({ where: { id: b.centre.userId }, data: { active: false } });
    expect((await call(`Bearer ${token}`)).body.error?.message).toContain("đã bị khóa");
    await db().user.update({ where: { id: b.centre.userId }, data: { active: true } });
    expect((await call(`Bearer ${token}`)).status).toBe(200);
  });

  it("refuses a cookie-authenticated POST from another site before reading the session", async () => {
    const response = await whoAmI(new Request("http://localhost/api/v1/test", { method: "POST", headers: { cookie: "next-auth.session-token=x", origin: "http://evil.example", host: "localhost" } }));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });

  it("judges a request that names a token by the token alone, whatever cookie comes with it", async () => {
    const refused = await call(`Bearer kc_${"B".repeat(43)}`, { cookie: "next-auth.session-token=forged" });
    expect(refused.status).toBe(401);
  });
});

describe("revoking", () => {
  it("treats another user's token as not found and leaves it working", async () => {
    const { id, token } = await createApiToken(b.sct, { name: "Không phải của A", expiresOn: "" });
    expect((await failure(revokeApiToken(a.sct, { id }))).code).toBe("NOT_FOUND");
    expect((await failure(revokeApiToken(cuc, { id }))).code).toBe("NOT_FOUND");
    expect((await call(`Bearer ${token}`)).status).toBe(200);
  });

  it("stops at twenty live tokens per user", async () => {
    const user = await cucStaff(db());
    for (let i = 0; i < 20; i++) await createApiToken(user, { name: `Mã ${i}`, expiresOn: "" });
    expect((await failure(createApiToken(user, { name: "Mã 21", expiresOn: "" }))).message).toContain("tối đa 20");
  });
});

describe("security events (ASVS 16.3.1, 16.3.3)", () => {
  const refusalsAt = async (path: string) =>
    (await db().auditLog.findMany({ where: { action: "security.tokenRefused", data: { path: ["where"], equals: path } }, orderBy: { id: "asc" } })).map((row) => ({ actorId: row.actorId, entityType: row.entityType, entityId: row.entityId, data: row.data }));

  it("audits every refused bearer token with its reason and public prefix, never the token", async () => {
    const path = `/api/v1/probe-${randomUUID()}`;
    const at = (authorization: string) => whoAmI(new Request(`http://localhost${path}`, { headers: { authorization } }));
    const revoked = await createApiToken(a.sct, { name: "Thu hồi để thử" });
    await revokeApiToken(a.sct, { id: revoked.id });
    const expired = await createApiToken(a.sct, { name: "Hết hạn để thử" });
    await db().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const unknown = `kc_${"B".repeat(43)}`;
    for (const authorization of [`Bearer ${revoked.token}`, `Bearer ${expired.token}`, `Bearer ${unknown}`, "Bearer not-a-token", "Basic dXNlcjpwYXNz"]) {
      expect((await at(authorization)).status).toBe(401);
    }
    const rows = await refusalsAt(path);
    expect(rows).toEqual([
      { actorId: null, entityType: "ApiToken", entityId: revoked.prefix, data: { reason: "REVOKED", where: path } },
      { actorId: null, entityType: "ApiToken", entityId: expired.prefix, data: { reason: "EXPIRED", where: path } },
      { actorId: null, entityType: "ApiToken", entityId: unknown.slice(0, 11), data: { reason: "UNKNOWN", where: path } },
      { actorId: null, entityType: "ApiToken", entityId: "unknown", data: { reason: "UNKNOWN", where: path } },
      { actorId: null, entityType: "ApiToken", entityId: "unknown", data: { reason: "MALFORMED", where: path } },
    ]);
    const stored = JSON.stringify(rows);
    for (const token of [revoked.token, expired.token, unknown]) expect(stored).not.toContain(token.slice(11));
    expect(stored).not.toContain("not-a-token");
    // A good token leaves no refusal.
    const live = await createApiToken(a.sct, { name: "Còn hiệu lực" });
    expect((await at(`Bearer ${live.token}`)).status).toBe(200);
    expect(await refusalsAt(path)).toHaveLength(5);
  });

  it("logs a cross-origin session request refused by the API, with the Origin's host only", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    try {
      const response = await whoAmI(new Request("http://localhost/api/v1/test", { method: "POST", headers: { cookie: "next-auth.session-token=x", origin: "https://ke-gian.example", host: "localhost" } }));
      expect(response.status).toBe(403);
    } finally {
      spy.mockRestore();
    }
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.message === "security.crossOriginRefused");
    expect(events).toEqual([expect.objectContaining({ level: "warn", where: "api", method: "POST", path: "/api/v1/test", origin: "ke-gian.example" })]);
    expect(JSON.stringify(events)).not.toContain("session-token");
  });
});
