// User administration against real PostgreSQL: only admins create, deactivate, reactivate and
// reset; deactivation and password changes end sessions (sessionVersion); the password policy
// refuses in Vietnamese; reset links are stored hashed and work once; every change is audited
// without a hash; demo accounts stop acting outside demo mode.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { hashResetToken } from "../../lib/users/reset-token";
import { createUser, resetPassword, setUserActive } from "../../lib/users/mutations";
import { changeOwnPassword, redeemPasswordReset } from "../../lib/users/password-mutations";
import { findResetLink, listUsers, userFormChoices } from "../../lib/users/queries";
import { createFirstAdmin } from "../../lib/users/first-admin";
import { adminUser, cucStaff, provinceWorld } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let admin: Actor;
let cuc: Actor;
let a: World;
let b: World;

const email = () => `nguoi-dung-${randomUUID().slice(0, 8)}@sct.gov.vn`;
const tokenOf = (path: string) => path.split("/").pop()!;
const sessionVersion = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

async function newSctUser(world: World) {
  return createUser(admin, { email: email(), name: "Lê Văn Sở", organisationId: world.sctOrg.id, roles: ["SCT"], scope: `PROVINCE:${world.current.id}` });
}

beforeAll(async () => {
  admin = await adminUser(db());
  cuc = await cucStaff(db());
  a = await provinceWorld(db(), "Tỉnh Người dùng A");
  b = await provinceWorld(db(), "Tỉnh Người dùng B");
});

afterEach(() => vi.unstubAllEnvs());

describe("creating an account", () => {
  it("creates the account with its roles and scope, no known password, a one-time link and an audit entry", async () => {
    const created = await newSctUser(a);
    const row = await db().user.findUniqueOrThrow({ where: { id: created.id }, select: { organisationId: true, active: true, mustChangePassword: true, roles: { select: { role: true } }, scopes: { select: { kind: true, provinceId: true } } } });
    expect(row).toEqual({ organisationId: a.sctOrg.id, active: true, mustChangePassword: true, roles: [{ role: "SCT" }], scopes: [{ kind: "PROVINCE", provinceId: a.current.id }] });
    expect(created.link.path).toMatch(/^\/dat-lai-mat-khau\/[A-Za-z0-9_-]{43}$/);
    const actor = await loadActor(db(), created.id);
    expect(actor?.scope.provinceIds).toEqual(expect.arrayContaining([a.current.id, a.old.id]));
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "user.create" } });
    expect(audit.actorId).toBe(admin.userId);
    expect(audit.data).toMatchObject({ before: null, after: { email: created.email, roles: ["SCT"], active: true } });
    expect(JSON.stringify(audit.data)).not.toMatch(/argon2|passwordHash/);
    const listed = await listUsers(admin, { q: created.email, active: "1", page: 1 });
    expect(listed.rows).toEqual([expect.objectContaining({ email: created.email, organisation: "Sở Công Thương Tỉnh Người dùng A", roles: ["SCT"], scopes: [{ kind: "PROVINCE", name: "Tỉnh Người dùng A" }] })]);
    expect(Object.keys(listed.rows[0]!)).not.toContain("passwordHash");
  });

  it("refuses a taken email, a scope that does not fit the roles and mixed roles, on the right field", async () => {
    const first = await newSctUser(a);
    const taken = await failure(createUser(admin, { email: first.email.toUpperCase(), name: "Trùng", organisationId: a.sctOrg.id, roles: ["SCT"], scope: `PROVINCE:${a.current.id}` }));
    expect(taken).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(first.email) });
    const national = await failure(createUser(admin, { email: email(), name: "Sai phạm vi", organisationId: a.sctOrg.id, roles: ["SCT"], scope: "NATIONAL" }));
    expect(national).toMatchObject({ code: "VALIDATION", details: { scope: "Chọn phạm vi hợp với vai trò đã chọn." } });
    const mixed = await failure(createUser(admin, { email: email(), name: "Gộp vai trò", organisationId: a.sctOrg.id, roles: ["ADMIN", "SCT"], scope: "NATIONAL" }));
    expect(mixed).toMatchObject({ code: "VALIDATION", details: { roles: "Các vai trò này cần phạm vi khác nhau." } });
    const demo = await failure(createUser(admin, { email: "moi@khuyencong.local", name: "Mẫu", organisationId: a.sctOrg.id, roles: ["SCT"], scope: `PROVINCE:${a.current.id}` }));
    expect(demo.message).toContain("tài khoản mẫu");
  });

  it("refuses every non-admin, an SCT too, and hides the list and the form choices from them", async () => {
    for (const actor of [cuc, a.sct, a.centre]) {
      expect(await failure(newUserAs(actor, b))).toMatchObject({ code: "FORBIDDEN" });
      expect(await failure(listUsers(actor, { q: undefined, active: "1", page: 1 }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await failure(userFormChoices(actor))).toMatchObject({ code: "FORBIDDEN" });
    }
    // Province A's SCT cannot touch province B's accounts (nor its own: there are no provincial admins).
    expect(await failure(setUserActive(a.sct, { userId: b.sct.userId, active: false }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(resetPassword(a.sct, { userId: b.sct.userId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(setUserActive(a.sct, { userId: a.centre.userId, active: false }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await db().user.findUniqueOrThrow({ where: { id: b.sct.userId } })).active).toBe(true);
  });
});

function newUserAs(actor: Actor, world: World) {
  return createUser(actor, { email: email(), name: "Không được tạo", organisationId: world.sctOrg.id, roles: ["SCT"], scope: `PROVINCE:${world.current.id}` });
}

describe("deactivating and reactivating", () => {
  it("deactivation ends the sessions in the same transaction, voids open links and is audited; reactivation restores", async () => {
    const created = await newSctUser(b);
    const before = await sessionVersion(created.id);
    await setUserActive(admin, { userId: created.id, active: false });
    expect(await sessionVersion(created.id)).toBe(before + 1);
    expect(await loadActor(db(), created.id)).toBeNull();
    expect(await findResetLink(tokenOf(created.link.path))).toBeNull();
    const again = await failure(setUserActive(admin, { userId: created.id, active: false }));
    expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("đã bị khóa") });
    await setUserActive(admin, { userId: created.id, active: true });
    expect(await loadActor(db(), created.id)).not.toBeNull();
    const audits = await db().auditLog.findMany({ where: { entityId: created.id, action: { in: ["user.deactivate", "user.reactivate"] } }, orderBy: { id: "asc" }, select: { action: true, data: true } });
    expect(audits).toEqual([{ action: "user.deactivate", data: { before: { active: true }, after: { active: false } } }, { action: "user.reactivate", data: { before: { active: false }, after: { active: true } } }]);
  });

  it("does not let an admin deactivate themselves", async () => {
    const self = await failure(setUserActive(admin, { userId: admin.userId, active: false }));
    expect(self).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("không thể tự khóa") });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);
  });

  it("answers not found for an unknown account", async () => {
    expect(await failure(setUserActive(admin, { userId: randomUUID(), active: false }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("an admin-driven reset", () => {
  it("stores only the token's hash, sets mustChangePassword, ends sessions, and the link works once", async () => {
    const created = await newSctUser(a);
    const first = tokenOf(created.link.path);
    const before = await sessionVersion(created.id);
    // Whoever knew the old password is out: it stops working with the reset.
    await db().user.update({ where: { id: created.id }, data: { passwordHash: await hashPassword("mật khẩu cũ bị lộ 2026") } });
    const reset = await resetPassword(admin, { userId: created.id });
    expect(await verifyPassword((await db().user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true } })).passwordHash, "mật khẩu cũ bị lộ 2026")).toBe(false);
    const token = tokenOf(reset.link.path);
    expect(await sessionVersion(created.id)).toBe(before + 1);
    const rows = await db().passwordReset.findMany({ where: { userId: created.id }, select: { tokenHash: true, usedAt: true } });
    expect(rows.map((r) => r.tokenHash)).toEqual(expect.arrayContaining([hashResetToken(first), hashResetToken(token)]));
    expect(JSON.stringify(rows)).not.toContain(token);
    const audits = await db().auditLog.findMany({ where: { entityId: created.id }, select: { data: true } });
    expect(JSON.stringify(audits)).not.toContain(token);
    // The newer link supersedes the first.
    expect(await findResetLink(first)).toBeNull();
    expect(await findResetLink(token)).toEqual({ email: created.email, name: "Lê Văn Sở" });

    await redeemPasswordReset({ token, newPassword: "đồi chè xanh mướt", confirmPassword: "đồi chè xanh mướt" });
    const user = await db().user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true, mustChangePassword: true, passwordChangedAt: true, sessionVersion: true } });
    expect(await verifyPassword(user.passwordHash, "đồi chè xanh mướt")).toBe(true);
    expect(user).toMatchObject({ mustChangePassword: false, passwordChangedAt: expect.any(Date), sessionVersion: before + 2 });
    const second = await failure(redeemPasswordReset({ token, newPassword: "một mật khẩu khác hẳn", confirmPassword: "một mật khẩu khác hẳn" }));
    expect(second).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("đã được dùng") });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "user.setPasswordByLink" } });
    expect(audit.data).toMatchObject({ before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    expect(JSON.stringify(audit.data)).not.toMatch(/argon2/);
  });

  it("refuses an expired link, a malformed one, a deactivated account and the admin's own account", async () => {
    const created = await newSctUser(b);
    const token = tokenOf(created.link.path);
    const later = new Date(created.link.expiresAt.getTime() + 1000);
    expect(await failure(redeemPasswordReset({ token, newPassword: "đồi chè xanh mướt", confirmPassword: "đồi chè xanh mướt" }, later))).toMatchObject({ message: expect.stringContaining("hết hạn") });
    expect(await failure(redeemPasswordReset({ token: "không-phải-mã", newPassword: "đồi chè xanh mướt", confirmPassword: "đồi chè xanh mướt" }))).toMatchObject({ code: "VALIDATION" });
    await setUserActive(admin, { userId: created.id, active: false });
    expect(await failure(resetPassword(admin, { userId: created.id }))).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("đang bị khóa") });
    expect(await failure(resetPassword(admin, { userId: admin.userId }))).toMatchObject({ message: expect.stringContaining("Đổi mật khẩu") });
  });

  it("applies the password policy to the link, on the newPassword field, and keeps the link usable", async () => {
    const created = await newSctUser(a);
    const token = tokenOf(created.link.path);
    const short = await failure(redeemPasswordReset({ token, newPassword: "ngắn", confirmPassword: "ngắn" }));
    expect(short).toMatchObject({ issues: [expect.objectContaining({ path: ["newPassword"], message: expect.stringContaining("ít nhất 12 ký tự") })] });
    const asEmail = await failure(redeemPasswordReset({ token, newPassword: created.email, confirmPassword: created.email }));
    expect(asEmail).toMatchObject({ issues: [expect.objectContaining({ message: "Mật khẩu mới không được là địa chỉ thư điện tử của tài khoản." })] });
    const mismatch = await failure(redeemPasswordReset({ token, newPassword: "đồi chè xanh mướt", confirmPassword: "đồi chè xanh" }));
    expect(mismatch).toMatchObject({ issues: [expect.objectContaining({ path: ["confirmPassword"] })] });
    expect(await findResetLink(token)).not.toBeNull();
  });
});

describe("changing one's own password", () => {
  it("needs the current password, refuses the policy's cases, then ends every session", async () => {
    const created = await newSctUser(b);
    await db().user.update({ where: { id: created.id }, data: { passwordHash: await hashPassword("mật khẩu hiện tại 1"), mustChangePassword: false } });
    const me = (await loadActor(db(), created.id))!;
    const wrong = await failure(changeOwnPassword(me, { currentPassword: "sai rồi", newPassword: "mật khẩu mới tinh 2", confirmPassword: "mật khẩu mới tinh 2" }));
    expect(wrong).toMatchObject({ code: "VALIDATION", details: { currentPassword: "Mật khẩu đang dùng không đúng." } });
    const same = await failure(changeOwnPassword(me, { currentPassword: "mật khẩu hiện tại 1", newPassword: "mật khẩu hiện tại 1", confirmPassword: "mật khẩu hiện tại 1" }));
    expect(same).toMatchObject({ issues: [expect.objectContaining({ path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu đang dùng." })] });
    const common = await failure(changeOwnPassword(me, { currentPassword: "mật khẩu hiện tại 1", newPassword: "KhuyenCong@2026", confirmPassword: "KhuyenCong@2026" }));
    expect(common).toMatchObject({ issues: [expect.objectContaining({ message: expect.stringContaining("quá phổ biến") })] });
    const before = await sessionVersion(created.id);
    await changeOwnPassword(me, { currentPassword: "mật khẩu hiện tại 1", newPassword: "mật khẩu mới tinh 2", confirmPassword: "mật khẩu mới tinh 2" });
    const user = await db().user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(user.passwordHash, "mật khẩu mới tinh 2")).toBe(true);
    expect(user.sessionVersion).toBe(before + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "user.changePassword" } });
    expect(audit.actorId).toBe(created.id);
    expect(JSON.stringify(audit.data)).not.toMatch(/argon2/);
  });
});

describe("demo accounts", () => {
  it("act only in demo mode", async () => {
    const demo = await db().user.create({ data: { email: `mau-${randomUUID().slice(0, 8)}@khuyencong.local`, name: "Tài khoản mẫu", passwordHash: "x", organisationId: a.sctOrg.id, roles: { create: [{ role: "SCT" }] } }, select: { id: true } });
    vi.stubEnv("DEMO_MODE", "0");
    expect(await loadActorFresh(demo.id)).toBeNull();
    vi.stubEnv("DEMO_MODE", "1");
    expect(await loadActorFresh(demo.id)).not.toBeNull();
  });

  it("cannot sign in outside demo mode, even with the right password, and the refusal is audited", async () => {
    const email = `mau-${randomUUID().slice(0, 8)}@khuyencong.local`;
    const { hashPassword } = await import("../../lib/auth/password");
    await db().user.create({ data: { email, name: "Tài khoản mẫu", passwordHash: await hashPassword("Mat-khau-mau-dung-2026"), organisationId: a.sctOrg.id, roles: { create: [{ role: "SCT" }] } } });
    const signIn = async () => {
      vi.resetModules();
      const { authorizeCredentials } = await import("../../lib/auth/sign-in");
      return authorizeCredentials({ email, password: "Mat-khau-mau-dung-2026" });
    };
    vi.stubEnv("DEMO_MODE", "0");
    expect(await signIn()).toBeNull();
    expect(await db().auditLog.findFirst({ where: { action: "auth.signInFailed", data: { path: ["email"], equals: email } }, orderBy: { id: "desc" }, select: { data: true } })).toMatchObject({ data: { reason: "demoAccountOutsideDemoMode" } });
    vi.stubEnv("DEMO_MODE", "1");
    expect(await signIn()).toMatchObject({ email });
  });
});

/** lib/env caches its parse; a fresh module graph reads the stubbed variable. */
async function loadActorFresh(id: string) {
  vi.resetModules();
  const { loadActor: load } = await import("../../lib/auth/load-actor");
  return load(db(), id);
}

describe("the first administrator", () => {
  it("is refused while an administrator exists (the fixtures' admin), with a Vietnamese message", async () => {
    const refused = await failure(createFirstAdmin({ email: email(), name: "Quản trị đầu tiên" }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Đã có quản trị viên") });
  });
});
