// Contracts, ledger and implementation records of the demo đề án (issue #8 item 10), derived from
// each đề án's status history and ledger once every demo section has run.
import { Rng } from "../../factories";
import type { Ref } from "../context";
import { ADVANCE_RULES } from "../reference/advance-rules";
import type { Seeder } from "../sync";
import { closingsOf, liquidationOf, outcomesOf, settlementEntry, settlementOf, stopOf } from "./closing";
import { buildContracts } from "./contracts";
import { writeContracts } from "./contracts-writer";
import { acceptances, progressReports } from "./implementation";
import { inspections } from "./inspections";
import { parties } from "./parties";
import { writeClosing, writeLedger } from "./ledger-writer";
import { writeRecords, type Records } from "./records-writer";
import type { DemoData, ProjectSpec } from "./types";

export type Ids = {
  user(email?: string): string | null;
  projectId(code: string): string;
  beneficiaryId(projectCode: string, taxCode: string): string;
  budgetLineId(projectCode: string, lineNo: number): string;
};

/** Đề án whose last monthly report is missing, so the work lists show an overdue Mẫu 3b. */
function overdue(projects: readonly ProjectSpec[]): Set<string> {
  const first = (implementer: string) => projects.find((p) => p.planYear === 2026 && p.status === "IN_PROGRESS" && p.implementer === implementer);
  return new Set([first("TTKC-38"), first("TTKC-15"), first("TTKC1")].filter((p) => p).map((p) => p!.code));
}

export async function writeImplementation(s: Seeder, ref: Ref, d: DemoData, ids: Ids): Promise<void> {
  const rules = await s.db.advanceRule.findMany({
    where: { code: { in: ADVANCE_RULES.map((r) => r.code) } },
    select: { id: true, code: true, contentCode: true, firstAdvanceBp: true, firstAdvanceAfterAcceptance: true, advanceCapBp: true, requiredDocuments: true, balanceDocuments: true },
  });
  const who = parties(ref);
  const contracts = buildContracts(d.projects, rules, who);
  const contractIds = await writeContracts(s, ref, contracts, ids, who);
  const mains = new Map(contracts.filter((c) => !c.parentKey).map((c) => [c.project.code, c]));
  const mainId = (p: ProjectSpec) => contractIds.get(`${p.code}:main`)!;

  const rng = new Rng("implementation");
  const late = overdue(d.projects);
  const stopRef = (code: string) => {
    const adj = d.plans.flatMap((p) => p.adjustments).find((a) => a.kind === "STOP_PROJECT" && a.project === code);
    return adj ? `${adj.decision.number}/${adj.decision.symbol}` : "";
  };
  const records: Records = { progress: [], inspections: inspections(d.projects, who), acceptances: [], outcomes: [], stops: [] };
  const closing = { settlements: [] as NonNullable<ReturnType<typeof settlementOf>>[], liquidations: [] as NonNullable<ReturnType<typeof liquidationOf>>[], closings: [] as ReturnType<typeof closingsOf> };
  const ledger = [];
  for (const p of d.projects) {
    const main = mains.get(p.code);
    if (!main && p.ledger.length) throw new Error(`seed: ${p.code} has ledger entries but no contract`);
    if (!main) continue;
    const settlement = settlementEntry(p);
    ledger.push({ main, entries: p.ledger, settlement });
    records.progress.push(...progressReports(p, rng, late.has(p.code), who));
    const accepted = acceptances(p, who);
    records.acceptances.push(...accepted);
    records.outcomes.push(...outcomesOf(p, accepted, rng));
    const settled = settlementOf(p, accepted, rng);
    if (settled) closing.settlements.push(settled);
    const liquidated = liquidationOf(p);
    if (liquidated) closing.liquidations.push(liquidated);
    closing.closings.push(...closingsOf(p, settlement ? [...p.ledger, settlement] : p.ledger, rng));
    const stop = stopOf(p, stopRef(p.code));
    if (stop) records.stops.push(stop);
  }
  await writeLedger(s, ref, ledger, (key) => contractIds.get(key)!, ids, who);
  await writeClosing(s, closing, mainId, (p) => mains.get(p.code)!.number);
  await writeRecords(s, ref, records, mainId, ids);
}
