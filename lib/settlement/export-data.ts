import "server-only";
// What the settlement sheets (Mẫu 7, 8a, 8b) show, read through the actor's đề án scope: the budget
// lines with what was accepted on each (by acceptances that unlock payment), the settlement, and the
// vouchers (ledger entries), reversals included (shown negative): the programme money of the main
// contract's family (decision 021: support contracts under a task assignment, never the pass-on
// under a main contract) and the counterpart entries, which only Mẫu 8b lists.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError } from "../errors";
import { nameAt } from "../organisations/names";
import { sumDong } from "../money";
import { getScopedProject } from "../acceptance/queries";
import { unsafeMainContract } from "../acceptance/main-contract";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import { PROGRAMME_MONEY_WHERE } from "../disbursements/queries";
import { unsafeSupportedAsShare } from "./share-support";

export async function loadSettlementSheets(actor: Actor, projectId: string) {
  const project = await getScopedProject(actor, projectId);
  const contract = await unsafeMainContract(project.id);
  if (!contract) throw new DomainError("VALIDATION", "errors.settlement.noContract");
  const acceptedLines = await db().acceptanceLine.groupBy({ by: ["budgetLineId"], where: { acceptance: { AND: [{ projectId: project.id }, UNLOCKING_ACCEPTANCE_WHERE] } }, _sum: { supportValue: true, counterpartValue: true } });
  const settlement = await db().settlement.findUnique({ where: { contractId: contract.id }, select: { status: true, settledAmount: true, counterpartAmount: true, submittedOn: true } });
  const entries = await db().ledgerEntry.findMany({
    where: { AND: [{ OR: [{ contractId: contract.id }, { contract: { parentId: contract.id } }] }, { OR: [PROGRAMME_MONEY_WHERE, { fundingSource: { code: "COUNTERPART" } }] }] },
    orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }],
    select: { kind: true, amount: true, occurredOn: true, voucherRef: true, treasuryRef: true, note: true, reversesId: true, confirmedAt: true, fundingSource: { select: { code: true } }, contract: { select: { number: true } } },
  });
  const lines = project.budgetLines.map((l) => {
    const sums = acceptedLines.find((a) => a.budgetLineId === l.id)?._sum;
    return { ...l, acceptedSupport: sums?.supportValue ?? 0n, acceptedCounterpart: sums?.counterpartValue ?? 0n };
  });
  return {
    project: { code: project.code, title: project.title, implementerName: nameAt(project.implementer.names), planYear: project.planYear, supportAmount: project.supportAmount, counterpartAmount: project.counterpartAmount, totalCost: project.totalCost },
    contract,
    settlement,
    lines,
    acceptedSupport: sumDong(lines.map((l) => l.acceptedSupport)),
    acceptedCounterpart: sumDong(lines.map((l) => l.acceptedCounterpart)),
    entries,
    /** Whether Mẫu 8b applies (support as a share of the total cost, docs/decisions/028). */
    offers8b: await unsafeSupportedAsShare(project),
  };
}
export type SettlementSheets = Awaited<ReturnType<typeof loadSettlementSheets>>;
