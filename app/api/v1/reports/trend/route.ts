// GET /api/v1/reports/trend?year=…: the report's total for each plan year up to `year`, each at
// the same cut-off (lib/reports/trend-view.ts, one buildReport per year), so it is scoped like
// the summary and the pages.
import { apiRoute } from "@/lib/api/handler";
import { reportParams } from "@/lib/api/report-params";
import { trendJson } from "@/lib/api/report-json";
import { apiJson } from "@/lib/api/respond";
import { requireReportReader } from "@/lib/reports/policy";
import { parseReportQuery } from "@/lib/reports/query";
import { reportTrend } from "@/lib/reports/trend-view";

export const GET = apiRoute(async ({ request, actor, now }) => {
  requireReportReader(actor);
  const query = await parseReportQuery(reportParams(new URL(request.url)), now);
  return apiJson(trendJson(await reportTrend(actor, query)));
});
