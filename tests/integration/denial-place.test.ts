// security.accessDenied names which server action was refused (issue #11): inside a request, the
// page's path and Next's action id, with no query string. Against real PostgreSQL; only Next's
// request headers are stood in for, as a request would carry them after proxy.ts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "../../lib/action";
import { projectHistory } from "../../lib/audit/queries";
import { REQUEST_PATH_HEADER } from "../../lib/http/request-path";
import { draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

const request = vi.hoisted(() => ({ headers: null as Headers | null }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!request.headers) throw new Error("outside a request");
    return request.headers;
  },
}));

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let projectId: string;

const history = defineAction(z.object({ projectId: z.uuid() }), async ({ projectId: id }, actor) => (await projectHistory(actor, id)).code);
const lastDenial = () => db().auditLog.findFirstOrThrow({ where: { action: "security.accessDenied", actorId: b.sct.userId }, orderBy: { id: "desc" }, select: { entityType: true, entityId: true, data: true } });

beforeAll(async () => {
  await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Chỗ Từ Chối A");
  b = await provinceWorld(db(), "Tỉnh Chỗ Từ Chối B");
  const kcqg = await db().fundingSource.findUniqueOrThrow({ where: { code: "KCQG" } });
  projectId = (await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqg.id })).id;
});

describe("a refused server action", () => {
  it("is logged with the page's path and the action's id", async () => {
    request.headers = new Headers({ [REQUEST_PATH_HEADER]: `/de-an/${projectId}/lich-su`, "next-action": "7f0c9e2ab41d" });
    expect(await history.invoke({ projectId }, { locale: "vi", actor: async () => b.sct })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await lastDenial()).toEqual({ entityType: "NOT_FOUND", entityId: `server action /de-an/${projectId}/lich-su #7f0c9e2ab41d`, data: { reason: "errors.missing.project" } });
  });

  it("says only that it was an action when there is no request", async () => {
    request.headers = null;
    expect(await history.invoke({ projectId }, { locale: "vi", actor: async () => b.sct })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await lastDenial()).entityId).toBe("server action");
  });
});
