"use server";
// Excel import actions. The browser sends the file itself with every step (preview, commit,
// rejected rows): nothing is kept on the server between requests, and the commit validates the
// bytes again instead of trusting the preview. Whether it is really an .xlsx is decided in lib
// from the bytes, never from the name or MIME type the browser reports.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { commitImport } from "@/lib/mau-2/mutations";
import { previewImport, rejectedRowsFile } from "@/lib/mau-2/queries";
import { Mau2CommitSchema, Mau2UploadSchema } from "@/lib/mau-2/schemas";

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

export const previewExcelImport = defineAction(Mau2UploadSchema, async ({ file }, actor) => {
  return previewImport(actor, await bytesOf(file));
});

export const commitExcelImport = defineAction(Mau2CommitSchema, async ({ file, mode }, actor) => {
  const result = await commitImport(actor, await bytesOf(file), mode);
  if (result.created + result.updated > 0) revalidatePath("/de-an");
  return result;
});

export const downloadRejectedRows = defineAction(Mau2UploadSchema, async ({ file, fileName }, actor) => {
  const out = await rejectedRowsFile(actor, await bytesOf(file), fileName);
  return { fileName: out.fileName, count: out.count, base64: out.bytes.toString("base64") };
});
