import "server-only";
// A đề án's status at a report's cut-off (docs/decisions/030): the target of its last transition
// on or before the cut-off day (Vietnam time), or, with none by then, its first status; a đề án
// without any transition keeps its recorded status. Read in the report's snapshot (same tx).
import type { ProjectStatus } from "../db/generated/enums";
import type { Tx } from "../db/client";
import { type CalendarDay } from "../calendar";
import { iso } from "./ledger-rows";

export async function statusesAt(tx: Tx, projectIds: readonly string[], cutOff: CalendarDay): Promise<Map<string, ProjectStatus>> {
  if (!projectIds.length) return new Map();
  const rows = await tx.$queryRaw<{ projectId: string; status: ProjectStatus }[]>`
    SELECT DISTINCT ON (t."projectId") t."projectId", CASE WHEN (t.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${iso(cutOff)}::date THEN t."toStatus" ELSE COALESCE(t."fromStatus", t."toStatus") END AS status
    FROM "ProjectTransition" t
    WHERE t."projectId" = ANY(${[...projectIds]}::uuid[])
    ORDER BY t."projectId", ((t.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${iso(cutOff)}::date) DESC, CASE WHEN (t.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${iso(cutOff)}::date THEN t.at END DESC, t.at ASC`;
  return new Map(rows.map((r) => [r.projectId, r.status]));
}
