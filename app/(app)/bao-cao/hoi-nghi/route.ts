// GET /bao-cao/hoi-nghi?<report query> — the conference-style summary as a print-ready PDF: by
// source, zone and province for the query's year, cut-off, basis and filters, in the actor's scope.
import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/request-locale";
import { conferenceFile } from "@/lib/reports/export/files";
import { respondWithReportFile } from "@/lib/reports/export/respond";

export const runtime = "nodejs";

export async function GET(request: NextRequest): Promise<Response> {
  return respondWithReportFile(await requestLocale(), await getActor(), (actor) => conferenceFile(actor, request.nextUrl.searchParams));
}
