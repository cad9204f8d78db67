// A ruled table for pdfkit documents: a bold header row repeated on every page the table runs
// onto, rows as tall as their tallest cell, and a row never split across pages.
import type { PdfDoc } from "./official";

export type PdfColumn = { header: string; width: number; align: "left" | "center" | "right" };
export type PdfRow = { cells: readonly string[]; bold?: boolean; italic?: boolean };

const PAD = 2.5;

export function drawTable(doc: PdfDoc, left: number, columns: readonly PdfColumn[], rows: readonly PdfRow[], fontSize = 8): void {
  const font = (row: PdfRow) => (row.bold ? "B" : row.italic ? "I" : "R");
  const heightOf = (row: PdfRow) => {
    doc.font(font(row)).fontSize(fontSize);
    return Math.max(...columns.map((c, i) => doc.heightOfString(row.cells[i] ?? "", { width: c.width - 2 * PAD }))) + 2 * PAD;
  };
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const draw = (row: PdfRow, height: number, isHeader = false) => {
    const y = doc.y;
    let x = left;
    doc.font(font(row)).fontSize(fontSize).lineWidth(0.5);
    columns.forEach((c, i) => {
      doc.rect(x, y, c.width, height).stroke();
      doc.text(row.cells[i] ?? "", x + PAD, y + PAD, { width: c.width - 2 * PAD, align: isHeader ? "center" : c.align });
      x += c.width;
    });
    doc.x = left;
    doc.y = y + height;
  };
  const header: PdfRow = { cells: columns.map((c) => c.header), bold: true };
  const headerHeight = heightOf(header);
  draw(header, headerHeight, true);
  for (const row of rows) {
    const height = heightOf(row);
    if (doc.y + height > bottom()) {
      doc.addPage();
      draw(header, headerHeight, true);
    }
    draw(row, height);
  }
}
