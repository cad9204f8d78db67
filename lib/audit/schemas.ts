import { z } from "zod";
import { calendarDaySchema } from "../calendar";
import { SearchSchema } from "../pagination";

const day = calendarDaySchema().optional().catch(undefined);
/** Keyset cursor: entries older than this id. */
const before = z.coerce.bigint().positive().optional().catch(undefined);

/** The admin's search of the trail, from the URL: anything odd is dropped, never an error page. */
export const AuditSearchSchema = z.object({
  action: SearchSchema,
  entity: SearchSchema,
  user: SearchSchema,
  from: day,
  to: day,
  before,
});
export type AuditSearch = z.infer<typeof AuditSearchSchema>;

export const HistoryCursorSchema = before;
