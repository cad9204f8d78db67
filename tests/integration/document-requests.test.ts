// Yêu cầu bổ sung hồ sơ against real PostgreSQL: the SCT of the province asks while it appraises,
// the implementer hears of it, may then add documents, and says so; the SCT hears back. Province B
// can neither ask nor read nor fulfil, and another centre cannot fulfil.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { uploadAttachment } from "../../lib/attachments/mutations";
import { samplePdf } from "../../lib/attachments/sample-files";
import type { Actor } from "../../lib/auth/actor";
import { fulfilDocumentRequest, requestDocuments } from "../../lib/document-requests/mutations";
import { getDocumentRequests } from "../../lib/document-requests/queries";
import { ForbiddenError, InvalidTransitionError, NotFoundError } from "../../lib/errors";
import { withdrawProject } from "../../lib/projects/workflow";
import { submittedDraft } from "../fixtures/complete-draft";
import { failure } from "../fixtures/failure";
import { machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";

// Uploads go to a temporary storage directory, set before any lib code reads STORAGE_DIR.
await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.STORAGE_DIR = await mkdtemp(join(tmpdir(), "kc-document-requests-"));
});

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let norm: { id: string };
let category: { id: string };
const pdf = () => ({ name: "bao-gia-bo-sung.pdf", bytes: samplePdf() });

const submitted = (w: World) => submittedDraft(db(), w, { norm, category }, "Hỗ trợ máy sấy chè (bổ sung hồ sơ)");

const openNotices = (actor: Actor, subject: string) => db().notification.count({ where: { userId: actor.userId, subject, resolvedAt: null } });

beforeAll(async () => {
  ({ norm, category } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh Bổ Sung A");
  b = await provinceWorld(db(), "Tỉnh Bổ Sung B");
});

describe("document requests", () => {
  it("the SCT asks, the centre is told, adds a document and says so, and the SCT is told back", async () => {
    const p = await submitted(a);
    // Submitted: the centre may not add documents until the SCT asks.
    expect(await failure(uploadAttachment(a.centre, { projectId: p.id, kind: "OTHER" }, pdf()))).toBeInstanceOf(ForbiddenError);

    const { id } = await requestDocuments(a.sct, { projectId: p.id, note: "Bổ sung báo giá máy sấy của hai nhà cung cấp." });
    expect(await openNotices(a.centre, `documents:${id}`)).toBe(1);
    const seen = await getDocumentRequests(a.centre, p.id);
    expect(seen).toMatchObject({ canRequest: false, canFulfil: true, rows: [{ id, note: "Bổ sung báo giá máy sấy của hai nhà cung cấp.", fulfilledAt: null }] });

    await uploadAttachment(a.centre, { projectId: p.id, kind: "OTHER" }, pdf());
    await fulfilDocumentRequest(a.centre, { requestId: id });
    expect(await openNotices(a.centre, `documents:${id}`)).toBe(0);
    expect(await db().notification.count({ where: { userId: a.sct.userId, kind: "DOCUMENTS_SUPPLIED" } })).toBeGreaterThan(0);
    const after = await getDocumentRequests(a.sct, p.id);
    expect(after.rows[0]!.fulfilledAt).not.toBeNull();
    expect(after.canRequest).toBe(true);
    // Fulfilled: the window closes again, and a second confirmation is refused.
    expect(await failure(uploadAttachment(a.centre, { projectId: p.id, kind: "OTHER" }, pdf()))).toBeInstanceOf(ForbiddenError);
    expect(await failure(fulfilDocumentRequest(a.centre, { requestId: id }))).toBeInstanceOf(InvalidTransitionError);
  });

  it("requires a note that says what is needed, and writes nothing without one", async () => {
    const p = await submitted(a);
    const refused = await failure(requestDocuments(a.sct, { projectId: p.id, note: "  thiếu " }));
    expect(refused.message).toMatch(/ít nhất 10 ký tự/);
    expect(await db().documentRequest.count({ where: { projectId: p.id } })).toBe(0);
  });

  it("is not found for province B, forbidden to the centre asking, and refused once the đề án is back in draft", async () => {
    const p = await submitted(a);
    expect(await failure(requestDocuments(b.sct, { projectId: p.id, note: "Bổ sung giấy tờ của cơ sở thụ hưởng." }))).toBeInstanceOf(NotFoundError);
    expect(await failure(getDocumentRequests(b.sct, p.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(requestDocuments(a.centre, { projectId: p.id, note: "Bổ sung giấy tờ của cơ sở thụ hưởng." }))).toBeInstanceOf(ForbiddenError);

    const { id } = await requestDocuments(a.sct, { projectId: p.id, note: "Bổ sung giấy tờ của cơ sở thụ hưởng." });
    for (const other of [b.centre, b.sct]) expect(await failure(fulfilDocumentRequest(other, { requestId: id }))).toBeInstanceOf(NotFoundError);
    expect(await failure(fulfilDocumentRequest(a.sct, { requestId: id }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(fulfilDocumentRequest(a.centre, { requestId: "0190aaaa-0000-7000-8000-000000000000" }))).toBeInstanceOf(NotFoundError);

    const current = await db().project.findUniqueOrThrow({ where: { id: p.id }, select: { version: true } });
    await withdrawProject(a.centre, { projectId: p.id, version: current.version, reason: "Rút để hoàn thiện hồ sơ." });
    expect(await failure(requestDocuments(a.sct, { projectId: p.id, note: "Bổ sung giấy tờ của cơ sở thụ hưởng." }))).toBeInstanceOf(InvalidTransitionError);
    expect(await db().documentRequest.findUniqueOrThrow({ where: { id }, select: { fulfilledAt: true } })).toEqual({ fulfilledAt: null });
  });
});
