import "server-only";
// The conference summary as a print-ready A4 PDF in the official layout (lib/pdf/official.ts):
// header, title with the cut-off, the unit, cut-off / as-of / basis lines, the per-source
// sentences, the zone table (per source) and the province table, the straddling note, and on every
// page a footer with the basis and "Trang i/n". DejaVu fonts render Vietnamese.
import { officialHeader, openOfficialDocument, placeAndDate } from "../../pdf/official";
import { drawTable, type PdfColumn } from "../../pdf/table";
import { vietnamese, type Translate } from "./table";
import type { ConferenceColumn, ConferenceDoc, ConferenceTable } from "./conference";

/** `place` is where the document is dated: Hà Nội unless the issuer is a province's. */
export type ConferenceIssuer = { governingBody?: string; name: string; place?: string };

const FIXED: Record<Exclude<ConferenceColumn["kind"], "number">, number> = { seq: 18, label: 0, text: 80 };

/** Fixed widths for TT and text, the label a fixed share, the numbers split the rest evenly. */
function pdfColumns(table: ConferenceTable, width: number, labelWidth: number): PdfColumn[] {
  const fixed = table.columns.reduce((sum, c) => sum + (c.kind === "number" ? 0 : c.kind === "label" ? labelWidth : FIXED[c.kind]), 0);
  const numbers = table.columns.filter((c) => c.kind === "number").length;
  const numberWidth = (width - fixed) / Math.max(numbers, 1);
  return table.columns.map((c) => ({
    header: c.header,
    width: c.kind === "number" ? numberWidth : c.kind === "label" ? labelWidth : FIXED[c.kind],
    align: c.kind === "number" ? "right" : c.kind === "seq" ? "center" : "left",
  }));
}

export async function conferencePdf(content: ConferenceDoc, issuer: ConferenceIssuer, at: Date, t: Translate = vietnamese): Promise<Buffer> {
  const page = openOfficialDocument({ title: content.title, author: issuer.name, bufferPages: true }, 55);
  const { doc, left, width, done } = page;
  officialHeader(page, { ...(issuer.governingBody ? { governingBody: issuer.governingBody } : {}), issuer: issuer.name, placeDate: placeAndDate(at, issuer.place) });

  doc.font("B").fontSize(12).text(content.title.toUpperCase(), left, doc.y, { width, align: "center" });
  doc.moveDown(0.3).font("I").fontSize(9);
  for (const line of content.meta) doc.text(line, { width, align: "center" });
  doc.moveDown(0.3).font("I").text(content.unit, { width, align: "right" });

  doc.moveDown(0.5).font("B").fontSize(11).text(t("reportExport.conference.summaryHeading"), left, doc.y, { width });
  doc.font("R").fontSize(10);
  for (const sentence of content.summary) doc.text(sentence, { width, align: "justify", indent: 16, paragraphGap: 3 });

  const section = (heading: string, table: ConferenceTable, labelWidth: number) => {
    doc.moveDown(0.6);
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.font("B").fontSize(11).text(heading, left, doc.y, { width });
    doc.font("I").fontSize(8).text(content.unit, { width, align: "right" });
    drawTable(doc, left, pdfColumns(table, width, labelWidth), table.rows.map((r) => ({ cells: r.cells, bold: r.role === "total", italic: r.role === "context" })), 7);
  };
  section(t("reportExport.conference.zoneHeading"), content.zone, 66);
  section(t("reportExport.conference.provinceHeading"), content.province, 112);
  if (content.straddling) doc.moveDown(0.4).font("I").fontSize(8).text(content.straddling, left, doc.y, { width });
  if (content.notes.length) {
    doc.moveDown(0.6).font("B").fontSize(9).text(t("reportExport.notesHeading"), left, doc.y, { width });
    doc.font("I").fontSize(8);
    for (const note of content.notes) doc.text(`- ${note}`, { width });
  }

  // Footers last, once the page count is known; a zero bottom margin keeps pdfkit from adding a page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 38;
    doc.font("I").fontSize(7).text(content.footer, left, y, { width: width - 60, lineBreak: true });
    doc.font("R").fontSize(8).text(t("reportExport.conference.page", { page: i - range.start + 1, pages: range.count }), left + width - 60, y, { width: 60, align: "right" });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
