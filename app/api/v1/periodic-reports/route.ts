// POST /api/v1/periodic-reports: a province's periodic reports as JSON rows, through the same
// submission as the form and the .xlsx upload (lib/periodic-reports, channel "API"). Who may
// send for which province is decided there, from the token's or the session's actor.
import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { periodicResponse } from "@/lib/api/periodic-json";
import { MAX_PERIODIC_BODY_BYTES, PeriodicSubmissionSchema } from "@/lib/api/schemas";
import { submitPeriodicReports } from "@/lib/periodic-reports/mutations";

export const POST = apiRoute(async ({ request, actor }) => {
  const submission = PeriodicSubmissionSchema.parse(await readJsonBody(request, MAX_PERIODIC_BODY_BYTES));
  const result = await submitPeriodicReports(actor, submission.rows, "API", { mode: submission.mode });
  return periodicResponse(result);
});
