import "server-only";
// The settlement page of a đề án, through the actor's scope: the main contract, what was accepted,
// the dossier with its due day (N days after the last acceptance, dated configuration), the
// liquidation and the Mẫu 10 reconciliation due by a day of the next year, the money on the
// contract, and what the actor may do.
import type { Actor } from "../auth/actor";
import { calendarDay, vietnamToday, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import { familyProgrammeMoneyWhere, unsafeLedgerMeasures } from "../disbursements/queries";
import { isDomainError } from "../errors";
import { partiesOf } from "../projects/policy";
import { canTransition } from "../projects/state-machine";
import { getScopedProject } from "../acceptance/queries";
import { unsafeMainContract } from "../acceptance/main-contract";
import { dossierDueOn, isOverdue, nextYearDueOn, type DeadlineRule } from "./deadline-rules";
import { deadlineRuleOn, type DeadlineCode } from "./deadlines";
import { unsafeAcceptedFigures } from "./accepted";
import { unsafeSupportedAsShare } from "./share-support";

/** The rule in force, or null when none is configured (the page says so instead of failing). */
async function ruleOrNull(code: DeadlineCode, day: CalendarDay): Promise<DeadlineRule | null> {
  try {
    return await deadlineRuleOn(code, day);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

type Due = { dueOn: CalendarDay; overdue: boolean; legalBasis: string } | null;

export async function getSettlementPage(actor: Actor, projectId: string) {
  const project = await getScopedProject(actor, projectId);
  const today = vietnamToday();
  const contract = await unsafeMainContract(project.id);
  const accepted = await unsafeAcceptedFigures(db(), project.id);
  const settlement = contract ? await db().settlement.findUnique({ where: { contractId: contract.id }, select: { id: true, status: true, dueOn: true, submittedOn: true, settledAmount: true, counterpartAmount: true, decidedOn: true, note: true } }) : null;
  const liquidation = contract ? await db().liquidation.findUnique({ where: { contractId: contract.id }, select: { liquidatedOn: true, settledAmount: true, refundAmount: true, minutesRef: true } }) : null;
  const closedYear = contract ? await db().ledgerYearClosing.findFirst({ where: { contractId: contract.id, year: project.endYear }, select: { closedOn: true } }) : null;
  // Programme money of the contract's family, counterpart left out (advanced, paid, outstandingAdvance).
  const money = contract ? await unsafeLedgerMeasures(familyProgrammeMoneyWhere(contract.id)) : null;

  const dossierRule = accepted.lastAcceptedOn ? await ruleOrNull("SETTLEMENT_DOSSIER", accepted.lastAcceptedOn) : null;
  const dossierDone = settlement !== null && settlement.status !== "RETURNED";
  const dossier: Due = accepted.lastAcceptedOn && dossierRule ? { dueOn: dossierDueOn(accepted.lastAcceptedOn, dossierRule), overdue: isOverdue(dossierDueOn(accepted.lastAcceptedOn, dossierRule), today, dossierDone), legalBasis: dossierRule.legalBasis } : null;
  // Liquidation and Mẫu 10 follow the đề án's last year: the rule in force on its last day.
  const yearEnd = calendarDay(project.endYear, 12, 31);
  const nextYear = async (code: DeadlineCode, done: boolean): Promise<Due> => {
    const rule = await ruleOrNull(code, yearEnd);
    if (!rule) return null;
    const dueOn = nextYearDueOn(project.endYear, rule);
    return { dueOn, overdue: isOverdue(dueOn, today, done), legalBasis: rule.legalBasis };
  };
  const parties = partiesOf(actor, project);
  const context = { local: project.fundingSource.code === "KCDP", registersDirectly: false, group: project.kind === "GROUP" };
  return {
    project,
    contract,
    accepted,
    settlement,
    liquidation,
    money,
    deadlines: { dossier, liquidation: await nextYear("LIQUIDATION", liquidation !== null), reconciliation: await nextYear("YEAR_RECONCILIATION", closedYear !== null) },
    may: {
      submit: parties.includes("IMPLEMENTER") && project.status === "ACCEPTED" && contract !== null && (settlement === null || settlement.status === "RETURNED"),
      decide: project.status === "ACCEPTED" && settlement?.status === "SUBMITTED" && canTransition("ACCEPTED", "SETTLED", parties, context),
      liquidate: project.status === "SETTLED" && canTransition("SETTLED", "LIQUIDATED", parties, context),
      export: contract !== null,
      export8b: contract !== null && (await unsafeSupportedAsShare(project)),
    },
  };
}
export type SettlementPage = Awaited<ReturnType<typeof getSettlementPage>>;
