// Dossier documents against real PostgreSQL and a real (temporary) storage directory: accepted and
// refused files, who may upload, list, download and delete, and that a failed write leaves no
// file and no row behind.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorResponse } from "../../app/(app)/de-an/[id]/tai-lieu/respond";
import { AttachmentRejectedError } from "../../lib/attachments/check";
import { MAX_ATTACHMENT_BYTES } from "../../lib/attachments/file-types";
import { deleteAttachment, uploadAttachment, type IncomingFile } from "../../lib/attachments/mutations";
import { getProjectAttachments, openAttachment } from "../../lib/attachments/queries";
import { sampleDocx, sampleExe, sampleHtml, samplePdf, samplePng, sampleSvg } from "../../lib/attachments/sample-files";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { NotFoundError } from "../../lib/errors";
import { cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";

// Hoisted above the imports: env() reads STORAGE_DIR once, so it must point at a temporary
// directory before any lib code can run. Storage also resolves the directory on every call.
const storageDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "kc-attachments-"));
  process.env.STORAGE_DIR = dir;
  return dir;
});

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;
let fundingSourceId: string;

const file = (name: string, bytes: Uint8Array): IncomingFile => ({ name, bytes });
const newDraft = (status?: "DRAFT" | "SUBMITTED_TO_SCT") => draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId, status });

function storedFiles(): string[] {
  return (readdirSync(storageDir, { recursive: true }) as string[]).filter((f) => statSync(path.join(storageDir, f)).isFile());
}

/** Rows on this file's own provinces, so other test files' rows never disturb the counts. */
const ourRows = () => db().attachment.count({ where: { project: { provinceId: { in: [a.current.id, b.current.id] } } } });

/** Runs a refused upload and checks it left nothing on disk or in the table. */
async function refused(attempt: () => Promise<unknown>) {
  const [files, rows] = [storedFiles().length, await ourRows()];
  const error = await failure(attempt());
  expect(storedFiles()).toHaveLength(files);
  expect(await ourRows()).toBe(rows);
  return error;
}

async function download(actor: Actor, projectId: string, attachmentId: string): Promise<Uint8Array> {
  const opened = await openAttachment(actor, projectId, attachmentId);
  return new Uint8Array(await new Response(opened.stream).arrayBuffer());
}

beforeAll(async () => {
  fundingSourceId = (await referenceBasics(db())).kcqg.id;
  a = await provinceWorld(db(), "Tỉnh A");
  b = await provinceWorld(db(), "Tỉnh B");
  cuc = await cucStaff(db());
});

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe("upload", () => {
  it("stores a PDF, a PNG, a docx and an xlsx under random keys with their checked type and hash", async () => {
    const project = await newDraft();
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Dự toán").addRow(["Máy sấy chè", 1, 250_000_000]);
    const files = [
      { kind: "REQUEST_LETTER", name: "Công văn đề nghị số 12.pdf", bytes: samplePdf(), mime: "application/pdf" },
      { kind: "ANNEX_2", name: "ảnh hiện trạng.png", bytes: samplePng(), mime: "image/png" },
      { kind: "BENEFICIARY_LETTER", name: "Văn bản đề nghị.docx", bytes: sampleDocx(), mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      { kind: "OTHER", name: "Dự toán.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()), mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    ];
    for (const f of files) {
      const uploaded = await uploadAttachment(a.centre, { projectId: project.id, kind: f.kind }, file(f.name, f.bytes));
      const row = await db().attachment.findUniqueOrThrow({ where: { id: uploaded.id } });
      expect(row).toMatchObject({ projectId: project.id, kind: f.kind, fileName: f.name, mimeType: f.mime, sizeBytes: f.bytes.length, uploadedById: a.centre.userId });
      expect(row.sha256).toBe(createHash("sha256").update(f.bytes).digest("hex"));
      expect(row.storageKey).toMatch(/^attachments\/[0-9a-f]{2}\/[0-9a-f]{32}$/);
      expect(new Uint8Array(readFileSync(path.join(storageDir, row.storageKey)))).toEqual(f.bytes);
      const audit = await db().auditLog.findFirst({ where: { entityType: "Attachment", entityId: row.id, action: "attachment.upload" } });
      expect(audit?.actorId).toBe(a.centre.userId);
    }
    expect(storedFiles().some((f) => f.includes("Công") || f.endsWith(".pdf"))).toBe(false);
  });

  it("sanitises the display name but keeps Vietnamese letters", async () => {
    const project = await newDraft();
    const uploaded = await uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, file("C:\\fakepath\\Biên\u0000 bản\u202E.pdf", samplePdf()));
    expect(uploaded.fileName).toBe("Biên bản.pdf");
  });

  it("refuses an .exe renamed .pdf, HTML and SVG, naming the file, and writes nothing", async () => {
    const project = await newDraft();
    const upload = (name: string, bytes: Uint8Array) => refused(() => uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, file(name, bytes)));
    const exe = await upload("Hồ sơ.pdf", sampleExe());
    expect(exe).toBeInstanceOf(AttachmentRejectedError);
    expect(exe).toMatchObject({ code: "VALIDATION", reason: "UNSUPPORTED_TYPE" });
    expect(exe.message).toContain("Tệp “Hồ sơ.pdf” không phải là tài liệu được chấp nhận");
    expect((await upload("trang.html", sampleHtml())).reason).toBe("UNSUPPORTED_TYPE");
    expect((await upload("gia-mao.pdf", sampleHtml())).message).toContain("“gia-mao.pdf”");
    expect((await upload("logo.png", sampleSvg())).reason).toBe("UNSUPPORTED_TYPE");
    expect((await upload("that-ra-la-pdf.png", samplePdf())).message).toContain("có nội dung là PDF nhưng phần mở rộng là “.png”");
  });

  it("refuses an oversize and an empty file", async () => {
    const project = await newDraft();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(samplePdf());
    const tooBig = await refused(() => uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, file("lon.pdf", big)));
    expect(tooBig).toMatchObject({ reason: "TOO_LARGE", message: "Tệp “lon.pdf” có dung lượng 20 MB, vượt giới hạn 20 MB cho mỗi tệp." });
    expect((await refused(() => uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, file("rong.pdf", new Uint8Array())))).reason).toBe("EMPTY");
  });

  it("requires a known kind", async () => {
    const project = await newDraft();
    const error = await refused(() => uploadAttachment(a.centre, { projectId: project.id, kind: "PASSPORT" }, file("a.pdf", samplePdf())));
    expect(error).toMatchObject({ code: "VALIDATION", message: "Hãy chọn loại tài liệu." });
  });

  it("answers another province's centre and SCT, and unknown ids, with NotFound and writes nothing", async () => {
    const project = await newDraft();
    const pdf = file("x.pdf", samplePdf());
    expect((await refused(() => uploadAttachment(b.centre, { projectId: project.id, kind: "OTHER" }, pdf))).code).toBe("NOT_FOUND");
    expect((await refused(() => uploadAttachment(b.sct, { projectId: project.id, kind: "OTHER" }, pdf))).code).toBe("NOT_FOUND");
    expect((await refused(() => uploadAttachment(a.centre, { projectId: "0190a000-0000-7000-8000-000000000000", kind: "OTHER" }, pdf))).code).toBe("NOT_FOUND");
    expect((await refused(() => uploadAttachment(a.centre, { projectId: "../../etc", kind: "OTHER" }, pdf))).code).toBe("NOT_FOUND");
  });

  it("is closed to the implementer once submitted; then only the SCT adds its appraisal sheet", async () => {
    const project = await newDraft("SUBMITTED_TO_SCT");
    const pdf = file("phieu.pdf", samplePdf());
    expect((await refused(() => uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, pdf))).code).toBe("FORBIDDEN");
    expect((await refused(() => uploadAttachment(a.sct, { projectId: project.id, kind: "OTHER" }, pdf))).code).toBe("FORBIDDEN");
    expect((await refused(() => uploadAttachment(cuc, { projectId: project.id, kind: "APPRAISAL_SHEET" }, pdf))).code).toBe("FORBIDDEN");
    await uploadAttachment(a.sct, { projectId: project.id, kind: "APPRAISAL_SHEET" }, pdf);
    const draft = await newDraft();
    expect((await refused(() => uploadAttachment(a.centre, { projectId: draft.id, kind: "APPRAISAL_SHEET" }, pdf))).code).toBe("FORBIDDEN");
  });

  it("removes the written file when the database refuses the row", async () => {
    // A real failure after the file is on disk: the user was removed while their upload was in
    // flight, so the audit entry's foreign key to User fails and the transaction rolls back.
    const project = await newDraft();
    const user = await db().user.create({
      data: { email: `gone-${project.id}@test.local`, name: "Sắp bị xóa", passwordHash: "x", organisationId: a.centreOrg.id, roles: { create: [{ role: "PROVINCIAL_CENTRE" }] } },
      select: { id: true },
    });
    const stale = (await loadActor(db(), user.id))!;
    await db().user.delete({ where: { id: user.id } });
    const before = storedFiles().length;
    const error = await failure(uploadAttachment(stale, { projectId: project.id, kind: "OTHER" }, file("mo-coi.pdf", samplePdf())));
    expect(error.code).toBe("P2003"); // foreign key violation, raised after the file was written
    expect(storedFiles()).toHaveLength(before);
    expect(await db().attachment.count({ where: { projectId: project.id } })).toBe(0);
  });
});

describe("list and download", () => {
  it("serves the bytes to the implementer, the province SCT and the Cục, and NotFound to other provinces", async () => {
    const project = await newDraft();
    const pdf = samplePdf();
    const { id } = await uploadAttachment(a.centre, { projectId: project.id, kind: "REQUEST_LETTER" }, file("Công văn.pdf", pdf));
    for (const actor of [a.centre, a.sct, cuc]) expect(await download(actor, project.id, id)).toEqual(pdf);
    for (const actor of [b.sct, b.centre]) {
      expect((await failure(openAttachment(actor, project.id, id))).code).toBe("NOT_FOUND");
      expect((await failure(getProjectAttachments(actor, project.id))).code).toBe("NOT_FOUND");
    }
    const other = await newDraft();
    expect((await failure(openAttachment(a.centre, other.id, id))).code).toBe("NOT_FOUND"); // right id, wrong đề án
    const opened = await openAttachment(cuc, project.id, id);
    expect(opened).toMatchObject({ fileName: "Công văn.pdf", mimeType: "application/pdf", size: pdf.length });
    await opened.stream.cancel();
  });

  it("lists with the uploader and says who may delete and what may be added", async () => {
    const project = await newDraft();
    await uploadAttachment(a.centre, { projectId: project.id, kind: "ANNEX_2" }, file("phu-luc.pdf", samplePdf()));
    const forCentre = await getProjectAttachments(a.centre, project.id);
    expect(forCentre.rows).toEqual([expect.objectContaining({ fileName: "phu-luc.pdf", kind: "ANNEX_2", uploaderName: a.centre.name, canDelete: true })]);
    expect(forCentre.uploadableKinds).toEqual(["REQUEST_LETTER", "BENEFICIARY_LETTER", "ANNEX_2", "OTHER"]);
    const forSct = await getProjectAttachments(a.sct, project.id);
    expect(forSct.rows[0]?.canDelete).toBe(false);
    expect(forSct.uploadableKinds).toEqual([]);
  });
});

describe("delete", () => {
  it("lets the uploader's organisation delete while editable: row, file and audit", async () => {
    const project = await newDraft();
    const { id } = await uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, file("xoa.pdf", samplePdf()));
    const { storageKey } = await db().attachment.findUniqueOrThrow({ where: { id } });
    expect((await failure(deleteAttachment(b.centre, { projectId: project.id, attachmentId: id }))).code).toBe("NOT_FOUND");
    expect((await failure(deleteAttachment(a.sct, { projectId: project.id, attachmentId: id }))).code).toBe("FORBIDDEN");
    await deleteAttachment(a.centre, { projectId: project.id, attachmentId: id });
    expect(await db().attachment.findUnique({ where: { id } })).toBeNull();
    expect(storedFiles()).not.toContain(path.join(...storageKey.split("/")));
    expect(await db().auditLog.count({ where: { entityId: id, action: "attachment.delete" } })).toBe(1);
    expect((await failure(deleteAttachment(a.centre, { projectId: project.id, attachmentId: id }))).code).toBe("NOT_FOUND");
  });

  it("refuses once the đề án has left the editable states", async () => {
    const project = await newDraft();
    const { id } = await uploadAttachment(a.centre, { projectId: project.id, kind: "OTHER" }, file("giu.pdf", samplePdf()));
    await db().project.update({ where: { id: project.id }, data: { status: "SUBMITTED_TO_SCT" } });
    expect((await failure(deleteAttachment(a.centre, { projectId: project.id, attachmentId: id }))).code).toBe("FORBIDDEN");
    expect(await db().attachment.count({ where: { id } })).toBe(1);
  });
});

describe("HTTP answers of the routes", () => {
  it("maps refusals to 400/404/413/415 and never echoes an unexpected error", async () => {
    const answer = async (error: unknown) => {
      const response = errorResponse(error);
      return { status: response.status, body: (await response.json()) as { ok: boolean; message: string } };
    };
    expect((await answer(new AttachmentRejectedError("TOO_LARGE", "errors.common.text", { text: "quá lớn" }))).status).toBe(413);
    expect((await answer(new AttachmentRejectedError("UNSUPPORTED_TYPE", "errors.common.text", { text: "sai loại" }))).status).toBe(415);
    expect((await answer(new AttachmentRejectedError("EMPTY", "errors.common.text", { text: "rỗng" }))).status).toBe(400);
    expect(await answer(new NotFoundError("attachment"))).toEqual({ status: 404, body: expect.objectContaining({ ok: false, message: "Tài liệu không tồn tại hoặc bạn không có quyền xem." }) });
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const unexpected = await answer(new Error("connect ECONNREFUSED 10.0.0.5:5432 at Pool.connect (/srv/app/node_modules/pg)"));
    spy.mockRestore();
    expect(unexpected.status).toBe(500);
    expect(JSON.stringify(unexpected.body)).not.toMatch(/ECONNREFUSED|node_modules/);
  });
});
