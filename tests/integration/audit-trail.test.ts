// The audit trail as people read it, against real PostgreSQL: a đề án's history holds each step
// with what it decided; province B cannot read province A's; only an admin searches the whole
// trail; and the table refuses TRUNCATE as well as UPDATE and DELETE.
import { beforeAll, describe, expect, it } from "vitest";
import { CRITERIA } from "../../lib/appraisals/criteria";
import { appraiseAtProvince } from "../../lib/appraisals/province";
import { projectHistory, searchAudit } from "../../lib/audit/queries";
import { AuditSearchSchema } from "../../lib/audit/schemas";
import type { Actor } from "../../lib/auth/actor";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { submittedDraft } from "../fixtures/complete-draft";
import { failure } from "../fixtures/failure";
import { adminUser, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let admin: Actor;
let projectId: string;
const criteria = CRITERIA.map((criterion) => ({ criterion, assessment: criterion === "DOSSIER_COMPLETENESS" ? ("PARTLY_MET" as const) : ("MET" as const), comment: "" }));

beforeAll(async () => {
  const { norm, category } = await machineryNorm(db());
  a = await provinceWorld(db(), "Tỉnh Nhật Ký A");
  b = await provinceWorld(db(), "Tỉnh Nhật Ký B");
  admin = await adminUser(db());
  const step = await submittedDraft(db(), a, { norm, category }, "Hỗ trợ máy sấy chè (nhật ký)");
  await appraiseAtProvince(a.sct, { projectId: step.id, version: step.version, outcome: "APPROVE", method: "STAFF", form: "4a", criteria, conclusion: "Đạt yêu cầu", approvedAmount: "250" });
  projectId = step.id;
});

describe("a đề án's history", () => {
  it("lists every step, newest first, the SCT's decision with its amount and criteria", async () => {
    const history = await projectHistory(a.sct, projectId);
    expect(history.code).toMatch(/^KCQG-2027-/);
    expect(history.rows.map((r) => r.action)).toEqual(expect.arrayContaining(["project.create", "project.transition"]));
    expect(history.rows.every((r) => r.projectId === projectId)).toBe(true);
    const decision = history.rows.find((r) => (r.data as { to?: string }).to === "APPROVED_BY_SCT");
    expect(decision?.actorEmail).toBe(a.sct.email);
    expect(decision?.data).toMatchObject({ from: "SUBMITTED_TO_SCT", comment: "Đạt yêu cầu", outcome: "APPROVE", approvedAmount: "250000000", method: "STAFF", criteria: expect.arrayContaining([{ criterion: "DOSSIER_COMPLETENESS", assessment: "PARTLY_MET" }]) });
    expect(history.rows[0]!.id).toBeGreaterThan(history.rows[history.rows.length - 1]!.id);
  });

  it("is not found for province B's SCT and centre", async () => {
    for (const other of [b.sct, b.centre]) expect(await failure(projectHistory(other, projectId))).toBeInstanceOf(NotFoundError);
  });
});

describe("the admin's search", () => {
  it("finds entries by action prefix and user, and none outside the date range", async () => {
    const found = await searchAudit(admin, AuditSearchSchema.parse({ action: "project.transition", user: a.sct.email }));
    expect(found.rows.length).toBeGreaterThan(0);
    expect(found.rows.every((r) => r.action.startsWith("project.transition") && r.actorEmail === a.sct.email)).toBe(true);
    expect(found.rows.some((r) => r.projectId === projectId)).toBe(true);
    const past = await searchAudit(admin, AuditSearchSchema.parse({ user: a.sct.email, to: "2001-01-01" }));
    expect(past.rows).toEqual([]);
  });

  it("drops an impossible date instead of failing, and is refused to anyone but an admin", async () => {
    expect(AuditSearchSchema.parse({ from: "2026-99-99" }).from).toBeUndefined();
    for (const actor of [a.sct, a.centre]) expect(await failure(searchAudit(actor, {}))).toBeInstanceOf(ForbiddenError);
  });
});

describe("security events", () => {
  it("logs a refused access through an action with who and why, and nothing for a valid one", async () => {
    const { defineAction } = await import("../../lib/action");
    const { z } = await import("zod");
    const history = defineAction(z.object({ projectId: z.uuid() }), async ({ projectId }, actor) => (await projectHistory(actor, projectId)).code);
    const denials = () => db().auditLog.findMany({ where: { action: "security.accessDenied", actorId: b.sct.userId }, orderBy: { id: "asc" }, select: { entityType: true, entityId: true, data: true } });
    const before = (await denials()).length;
    expect(await history.invoke({ projectId }, { locale: "vi", actor: async () => a.sct })).toMatchObject({ ok: true });
    expect(await history.invoke({ projectId }, { locale: "vi", actor: async () => b.sct })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const logged = await denials();
    expect(logged).toHaveLength(before + 1);
    expect(logged.at(-1)).toMatchObject({ entityType: "NOT_FOUND", entityId: "server action", data: { reason: "errors.missing.project" } });
  });
});

describe("append-only at the database level", () => {
  it("refuses TRUNCATE", async () => {
    const before = await db().auditLog.count();
    await expect(db().$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    expect(await db().auditLog.count()).toBe(before);
  });
});
