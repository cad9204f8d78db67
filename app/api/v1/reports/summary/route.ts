// GET /api/v1/reports/summary?year=…&by=…: the leadership report as JSON, from the same query
// parameters as the report pages. The actor is the token's owner or the session's; lib/reports
// scopes the figures exactly as for the pages (an SCT reads its province, and the zone and nation
// only as totals).
import { apiRoute } from "@/lib/api/handler";
import { reportParams } from "@/lib/api/report-params";
import { reportJson } from "@/lib/api/report-json";
import { apiJson } from "@/lib/api/respond";
import { buildReport } from "@/lib/reports/build";
import { requireReportReader } from "@/lib/reports/policy";
import { parseReportQuery } from "@/lib/reports/query";

export const GET = apiRoute(async ({ request, actor, now }) => {
  requireReportReader(actor);
  const query = await parseReportQuery(reportParams(new URL(request.url)), now);
  return apiJson(reportJson(await buildReport(actor, query)));
});
