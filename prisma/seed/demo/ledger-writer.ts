// Writes the demo ledger on each đề án's main contract or task assignment, with a voucher unique per
// contract, a State Treasury reference where the money went through it, and a realistic recording
// time; then the settlement dossiers, liquidations and Mẫu 10 year closings. LedgerEntry is
// append-only (a trigger refuses UPDATE except the confirmation), so every column is written at
// insert time and a re-run only skips the rows already there.
import { createHash } from "node:crypto";
import { uuidFrom, yearOfDay } from "../../factories";
import type { Ref } from "../context";
import { k, type Seeder } from "../sync";
import type { ClosingSpec, LiquidationSpec, SettlementSpec } from "./closing";
import type { ContractSpec } from "./contracts";
import type { Parties } from "./parties";
import type { Ids } from "./implementation-writer";
import { DEMO_TODAY } from "./projects";
import type { LedgerSpec, ProjectSpec } from "./types";

const HOUR = 3_600_000;
const hash = (text: string) => parseInt(createHash("sha256").update(text).digest("hex").slice(0, 8), 16);

/** Recorded 0–3 days after the voucher date, in office hours (Hà Nội), never after the demo's today. */
function recordedAt(id: string, on: Date): Date {
  const h = hash(id);
  const at = new Date(on.getTime() + (h % 4) * 24 * HOUR + (2 + ((h >>> 4) % 8)) * HOUR + ((h >>> 8) % 60) * 60_000);
  const latest = DEMO_TODAY.getTime() + 9 * HOUR;
  return at.getTime() > latest ? new Date(Math.max(on.getTime() + 2 * HOUR, latest)) : at;
}

export type LedgerInput = { main: ContractSpec; entries: LedgerSpec[]; settlement: LedgerSpec | null };

export async function writeLedger(s: Seeder, ref: Ref, inputs: readonly LedgerInput[], contractId: (key: string) => string, ids: Ids, who: Parties): Promise<void> {
  const voucher = new Map<string, number>();
  const next = (prefix: string, year: number) => {
    const key = `${prefix}:${year}`;
    voucher.set(key, (voucher.get(key) ?? 0) + 1);
    return `${prefix} ${String(voucher.get(key)).padStart(4, "0")}/${year}`;
  };
  let treasury = 0;
  const rows = inputs.flatMap(({ main, entries, settlement }) => {
    const p = main.project;
    const centre = main.kind === "TASK_ASSIGNMENT";
    const all = [...entries.map((e, i) => ({ e, id: uuidFrom(`ledger:${p.code}:${i}`) })), ...(settlement ? [{ e: settlement, id: uuidFrom(`ledger:${p.code}:settlement`) }] : [])];
    return all.map(({ e, id }) => {
      const year = yearOfDay(e.on);
      const ref_ = e.kind === "SETTLEMENT" ? next("QT", year) : e.kind === "REFUND" ? next("GNT", year) : next("UNC", year);
      // A centre draws from the Treasury itself; the Cục's and SCT's payments of the balance go through it too.
      const viaTreasury = e.kind !== "SETTLEMENT" && (centre || e.kind === "PAYMENT" || e.kind === "REFUND");
      const recorder = year >= 2026 ? (centre ? who.implementerUser(p, e.on) : p.fund === "KCQG" ? "cuc@khuyencong.local" : undefined) : undefined;
      return {
        id,
        projectId: ids.projectId(p.code),
        contractId: contractId(main.key),
        fundingSourceId: ref.fundingId(p.fund),
        kind: e.kind,
        amount: e.amount,
        occurredOn: e.on,
        documentRef: ref_,
        voucherRef: ref_,
        treasuryRef: viaTreasury ? `KBNN-${year}-${String(100_000 + ++treasury * 37).padStart(6, "0")}` : null,
        note: e.note,
        recordedById: ids.user(recorder),
        recordedAt: recordedAt(id, e.on),
      };
    });
  });
  // A database seeded before contracts existed holds these rows without a contract; adding to it
  // would mix the two ledgers (docs/demo-data.md: reset the database to get the new demo ledger).
  const legacy = await s.db.ledgerEntry.count({ where: { id: { in: rows.map((r) => r.id) }, contractId: null } });
  if (legacy > 0) {
    console.warn(`Sổ cái mẫu cũ (${legacy} bút toán chưa gắn hợp đồng): bỏ qua sổ cái mới. Xóa cơ sở dữ liệu và nạp lại để có sổ cái theo hợp đồng (docs/demo-data.md).`);
    return;
  }
  await s.insertOnly("ledgerEntry", rows);
}

export async function writeClosing(
  s: Seeder,
  o: { settlements: SettlementSpec[]; liquidations: LiquidationSpec[]; closings: ClosingSpec[] },
  contractId: (p: ProjectSpec) => string,
  numberOf: (p: ProjectSpec) => string,
): Promise<void> {
  const settlements = o.settlements.map((x) => ({
    id: uuidFrom(`settlement:${x.project.code}`),
    contractId: contractId(x.project),
    dueOn: x.dueOn,
    submittedOn: x.submittedOn,
    settledAmount: x.settled,
    counterpartAmount: x.counterpart,
    status: "APPROVED" as const,
    decidedOn: x.decidedOn,
    note: "Quyết toán kinh phí theo biên bản nghiệm thu cơ sở và chứng từ chi",
  }));
  await s.upsert("settlement", settlements, { key: (r) => k(r.contractId), where: { contractId: { in: settlements.map((r) => r.contractId) } } });
  const liquidations = o.liquidations.map((x) => ({
    id: uuidFrom(`liquidation:${x.project.code}`),
    contractId: contractId(x.project),
    liquidatedOn: x.on,
    settledAmount: x.settled,
    refundAmount: 0n,
    minutesRef: `Biên bản thanh lý hợp đồng số ${numberOf(x.project)}`,
  }));
  await s.upsert("liquidation", liquidations, { key: (r) => k(r.contractId), where: { contractId: { in: liquidations.map((r) => r.contractId) } } });
  const closings = o.closings.map((x) => ({ id: uuidFrom(`year-closing:${x.project.code}:${x.year}`), contractId: contractId(x.project), year: x.year, closedOn: x.closedOn, reference: x.reference }));
  await s.upsert("ledgerYearClosing", closings, { key: (r) => k(r.contractId, r.year), where: { contractId: { in: closings.map((r) => r.contractId) } } });
}
