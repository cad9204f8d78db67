// GET /bao-cao/xuat?format=xlsx|csv&<report query> — the report table as a file, with the same
// query parsing and scope as the report pages (lib/reports/export/files.ts). The actor comes from
// the session, never from the query.
import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/request-locale";
import { reportExportFile } from "@/lib/reports/export/files";
import { respondWithReportFile } from "@/lib/reports/export/respond";

export const runtime = "nodejs";

export async function GET(request: NextRequest): Promise<Response> {
  return respondWithReportFile(await requestLocale(), await getActor(), (actor) => reportExportFile(actor, request.nextUrl.searchParams));
}
