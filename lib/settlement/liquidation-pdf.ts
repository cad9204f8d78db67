import "server-only";
// Biên bản thanh lý hợp đồng (Mẫu 6, TT 36/2013 Điều 18.2) as PDF, in the layout of the other
// minutes (lib/acceptance/minutes-pdf.ts): parties, the contract, what was accepted, settled,
// disbursed and refunded, and the signature blocks of bên A and bên B.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError } from "../errors";
import { formatDate, formatMoney } from "../format";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { officialHeader, openOfficialDocument, placeAndDate, signatureBlocks } from "../pdf/official";
import { getSettlementPage } from "./queries";
import { citedContract } from "../contracts/document-name";

const NAMES = { names: NAME_HISTORY_SELECT } as const;

export async function loadLiquidationMinutes(actor: Actor, projectId: string) {
  const page = await getSettlementPage(actor, projectId);
  if (!page.contract || !page.liquidation) throw new DomainError("VALIDATION", "errors.settlement.notSettled");
  const parties = await db().contract.findUniqueOrThrow({ where: { id: page.contract.id }, select: { partyA: { select: NAMES }, partyB: { select: NAMES } } });
  return { ...page, contract: page.contract, liquidation: page.liquidation, partyA: nameAt(parties.partyA.names), partyB: parties.partyB ? nameAt(parties.partyB.names) : nameAt(page.project.implementer.names) };
}
type LiquidationMinutes = Awaited<ReturnType<typeof loadLiquidationMinutes>>;

export async function buildLiquidationPdf(data: LiquidationMinutes): Promise<Buffer> {
  const page = openOfficialDocument({ title: `Biên bản thanh lý hợp đồng ${data.contract.number}` });
  const { doc, width, done } = page;
  const m = (v: bigint) => formatMoney(v, "trieu");
  // Bên A (the Cục or the SCT) issues the minutes.
  officialHeader(page, { issuer: data.partyA, placeDate: placeAndDate(data.liquidation.liquidatedOn, data.project.province?.name ?? "Hà Nội") });
  doc.font("B").fontSize(13).text("BIÊN BẢN THANH LÝ HỢP ĐỒNG (Mẫu 6)", { width, align: "center" });
  doc.font("R").fontSize(10).text(`Số ${data.liquidation.minutesRef}`, { width, align: "center" });
  doc.moveDown();
  doc.text(`Căn cứ ${citedContract(data.contract)} ký ngày ${data.contract.signedOn ? formatDate(data.contract.signedOn, true) : "—"} thực hiện đề án ${data.project.code}: ${data.project.title}.`, { width });
  doc.moveDown(0.5);
  doc.font("B").text(`Bên A: ${data.partyA}`, { width });
  doc.text(`Bên B: ${data.partyB}`, { width });
  doc.moveDown(0.5).font("R");
  const rows: [string, string][] = [
    ["Giá trị hợp đồng", m(data.contract.value)],
    ["Giá trị đã nghiệm thu", m(data.accepted.acceptedValue)],
    ["Kinh phí quyết toán", m(data.liquidation.settledAmount)],
    ["Đã tạm ứng, thanh toán", data.money ? m(data.money.advanced + data.money.paid) : "—"],
    ["Số phải hoàn trả", m(data.liquidation.refundAmount)],
  ];
  rows.forEach(([label, value], i) => doc.text(`${i + 1}. ${label}: ${value}`, { width, indent: 10 }));
  doc.moveDown(0.5);
  doc.text("Hai bên thống nhất thanh lý hợp đồng. Biên bản lập thành các bản có giá trị như nhau.", { width });
  signatureBlocks(page, [{ title: "ĐẠI DIỆN BÊN A" }, { title: "ĐẠI DIỆN BÊN B" }]);
  doc.end();
  return done;
}
