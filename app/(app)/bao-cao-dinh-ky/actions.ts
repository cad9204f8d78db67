"use server";
// Periodic-report actions: the form and the .xlsx upload. The mutations parse their own input and
// check the actor inside; the browser gets plain rows (toSubmitReport), never bigints or ids.
// The upload sends the file with each step, so the commit judges the bytes again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { submitPeriodicReportForm } from "@/lib/periodic-reports/form";
import { PeriodicCommitSchema, PeriodicUploadSchema } from "@/lib/periodic-reports/schemas";
import { toSubmitReport } from "@/lib/periodic-reports/types";
import { importPeriodicUpload, previewPeriodicUpload, rejectedPeriodicRowsFile } from "@/lib/periodic-reports/upload";

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

export const submitPeriodicReportAction = defineAction(z.unknown(), async (input, actor, locale) => {
  const result = await submitPeriodicReportForm(actor, input);
  revalidatePath("/bao-cao-dinh-ky");
  return toSubmitReport(result, locale);
});

export const previewPeriodicUploadAction = defineAction(PeriodicUploadSchema, async ({ file }, actor, locale) => {
  return toSubmitReport(await previewPeriodicUpload(actor, await bytesOf(file)), locale);
});

export const commitPeriodicUploadAction = defineAction(PeriodicCommitSchema, async ({ file, mode }, actor, locale) => {
  const result = await importPeriodicUpload(actor, await bytesOf(file), mode);
  if (result.saved > 0) revalidatePath("/bao-cao-dinh-ky");
  return toSubmitReport(result, locale);
});

export const rejectedPeriodicRowsAction = defineAction(PeriodicUploadSchema, async ({ file, fileName }, actor) => {
  const out = await rejectedPeriodicRowsFile(actor, await bytesOf(file), fileName);
  return { fileName: out.fileName, count: out.count, base64: out.bytes.toString("base64") };
});
