// For actions that answer "done" while leaving out what the caller may not touch (a batch, an
// upload, a search), whether the answer shows the side's record was let through.
import { DENIAL_CODES, SCOPE_REFUSAL } from "./outcome";

type Rows<T> = { rows: T[] };
/** A row refused for another reason (already reported this period) was let in; one refused for its province was not. */
const periodicSaved = (data: unknown) => (data as Rows<{ status: string; errors: string[] }>).rows.some((r) => r.status !== "REFUSED" || !r.errors.some((e) => SCOPE_REFUSAL.test(e)));
const mau2Valid = (data: unknown) => (data as { rows: { status: string }[] }).rows.some((r) => r.status !== "ERROR");

export const GRANTED: Record<string, (data: unknown) => boolean> = {
  submitPeriodicReportAction: periodicSaved,
  previewPeriodicUploadAction: periodicSaved,
  commitPeriodicUploadAction: periodicSaved,
  previewExcelImport: mau2Valid,
  commitExcelImport: (data) => mau2Valid((data as { report: unknown }).report),
  registerProjectsAction: (data) => (data as { ok: boolean; code?: string }[]).every((r) => r.ok || !DENIAL_CODES.has(r.code ?? "")),
  searchFacilitiesAction: (data) => (data as unknown[]).length > 0,
};
