"use server";
// Excel import actions. The browser sends the file itself with every step (preview, commit,
// rejected rows): nothing is kept on the server between requests, and the commit validates the
// bytes again instead of trusting the preview. Whether it is really an .xlsx is decided in lib
// from the bytes, never from the name or MIME type the browser reports.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { commitImport } from "@/lib/imports/mutations";
import { previewImport, rejectedRowsFile } from "@/lib/imports/queries";
import { MAX_FILE_BYTES } from "@/lib/imports/xlsx-file";

const isBlob = (value: unknown): value is Blob => typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function" && typeof (value as Blob).size === "number";

const upload = z.object({
  file: z.custom<Blob>(isBlob, "Hãy chọn tệp Excel (.xlsx).").refine((f) => f.size <= MAX_FILE_BYTES, "Tệp lớn hơn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn."),
  fileName: z.string().max(255).default(""),
});

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

export const previewExcelImport = defineAction(upload, async ({ file }, actor) => {
  return previewImport(actor, await bytesOf(file));
});

export const commitExcelImport = defineAction(upload.extend({ mode: z.enum(["ALL_OR_NOTHING", "VALID_ONLY"]) }), async ({ file, mode }, actor) => {
  const result = await commitImport(actor, await bytesOf(file), mode);
  if (result.created + result.updated > 0) revalidatePath("/de-an");
  return result;
});

export const downloadRejectedRows = defineAction(upload, async ({ file, fileName }, actor) => {
  const out = await rejectedRowsFile(actor, await bytesOf(file), fileName);
  return { fileName: out.fileName, count: out.count, base64: out.bytes.toString("base64") };
});
