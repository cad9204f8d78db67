import "server-only";
// The two downloads of issue #9 item 6, as the route handlers serve them: the report of the
// query (the same parsing and scope as the pages: parseReportQuery + buildReport, which refuses a
// province outside the actor's scope) as .xlsx or CSV, and the conference summary as PDF. The
// actor is always the session's; a bad parameter is a VALIDATION DomainError (400), never a 500.
import type { Actor } from "../../auth/actor";
import { provincialAuthority } from "../../pdf/official";
import { attachmentDisposition } from "../../attachments/content-disposition";
import { readDb, type Db, type Tx } from "../../db/client";
import { DomainError } from "../../errors";
import { buildReport } from "../build";
import { parseReportQuery } from "../query";
import type { ReportQuery } from "../types";
import { conferenceDoc, type ConferenceReports } from "./conference";
import { conferencePdf, type ConferenceIssuer } from "./conference-pdf";
import { reportCsv } from "./csv";
import { reportTable } from "./table";
import { reportXlsx } from "./xlsx";

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ReportFile = { bytes: Uint8Array; contentType: string; disposition: string };

const CONTENT_TYPE: Record<ExportFormat | "pdf", string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
};

type Params = URLSearchParams;

/** `format` is required and is one of xlsx, csv; anything else names the value in the message. */
export function parseExportFormat(params: Params): ExportFormat {
  const values = params.getAll("format");
  const value = values[0]?.trim().toLowerCase() ?? "";
  if (values.length !== 1 || !(EXPORT_FORMATS as readonly string[]).includes(value)) throw new DomainError("VALIDATION", "errors.reportExport.formatField", { value: values.join(", ") });
  return value as ExportFormat;
}

function file(bytes: Uint8Array, format: ExportFormat | "pdf", fileBase: string): ReportFile {
  return { bytes, contentType: CONTENT_TYPE[format], disposition: attachmentDisposition(`${fileBase}.${format}`) };
}

/** GET /bao-cao/xuat?format=xlsx|csv&<report query>. */
export async function reportExportFile(actor: Actor, params: Params, now: Date = new Date(), client: Db | Tx = readDb()): Promise<ReportFile> {
  const format = parseExportFormat(params);
  const query = await parseReportQuery(params, now, client);
  const table = reportTable(await buildReport(actor, query, client));
  const bytes = format === "xlsx" ? new Uint8Array(await reportXlsx(table)) : new TextEncoder().encode(reportCsv(table));
  return file(bytes, format, table.fileBase);
}

/**
 * The Cục and the ministry's units issue under the ministry, dated at Hà Nội; an SCT under its
 * province's people's committee, dated at its province; a centre under its own name and province.
 */
async function issuerOf(actor: Actor, at: Date, client: Db | Tx): Promise<ConferenceIssuer> {
  const ministry = actor.organisationKind === "CUC" || actor.organisationKind === "MINISTRY_UNIT" || actor.organisationKind === "REGIONAL_CENTRE";
  if (ministry) return { governingBody: "BỘ CÔNG THƯƠNG", name: actor.organisationName };
  const organisation = await client.organisation.findUnique({ where: { id: actor.organisationId }, select: { province: { select: { name: true, isCentralCity: true, centralCitySince: true } } } });
  const province = organisation?.province;
  if (!province) return { name: actor.organisationName };
  const central = province.isCentralCity && (!province.centralCitySince || province.centralCitySince <= at);
  const authority = provincialAuthority({ name: province.name, central });
  return actor.organisationKind === "SCT" ? { ...authority, name: actor.organisationName } : { name: actor.organisationName, place: authority.place };
}

/** GET /bao-cao/hoi-nghi?<report query>: the query's year, cut-off, basis and filters; source and dimension are the summary's own. */
export async function conferenceFile(actor: Actor, params: Params, now: Date = new Date(), client: Db | Tx = readDb()): Promise<ReportFile> {
  const query = await parseReportQuery(params, now, client);
  // The five reports read one snapshot, so the zone, province and source totals agree; one after
  // the other, since each reads the year's facts and the machine is shared.
  const read = async (tx: Tx): Promise<ConferenceReports> => {
    const report = (by: ReportQuery["by"], source: ReportQuery["source"] = "ALL") => buildReport(actor, { ...query, by, source }, tx);
    return { bySource: await report("source"), byZone: await report("zone"), byZoneKcqg: await report("zone", "KCQG"), byZoneKcdp: await report("zone", "KCDP"), byProvince: await report("province") };
  };
  const reports = "$transaction" in client ? await client.$transaction(read, { isolationLevel: "RepeatableRead", timeout: 60_000 }) : await read(client);
  const doc = conferenceDoc(reports);
  return file(new Uint8Array(await conferencePdf(doc, await issuerOf(actor, now, client), now)), "pdf", doc.fileBase);
}
