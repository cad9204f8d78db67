import "server-only";
// The refusals shared by signing and amending (issue #8 item 1; docs/decisions/022), each read
// inside the caller's transaction after its locks, each with the figures in its message.
import { formatIsoDay, vietnamToday, type CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { unsafeAdvanceRuleInForce, type AdvanceRuleRow } from "../disbursements/advance-rules";
import { familyProgrammeMoneyWhere, NOT_COUNTERPART_WHERE, unsafeLedgerMeasures } from "../disbursements/queries";
import { DomainError, message } from "../errors";
import { formatDate, formatMoney } from "../format";
import { parseMoneyField, type Dong } from "../money";
import { unsafeVersionsInForce } from "../plans/in-force";

const money = (v: Dong) => formatMoney(v, "trieu");
const day = (d: CalendarDay) => formatDate(d, true);

/** A support amount typed in triệu: exact, and above zero. */
export function parseValue(text: string): Dong {
  const value = parseMoneyField(text, "value", "trieu");
  if (value <= 0n) throw new DomainError("VALIDATION", "errors.money.notPositive", {}, { value: message("errors.money.notPositive") });
  return value;
}

/** Counterpart funds typed in triệu: exact, and not negative (empty is zero). */
export function parseCounterpart(text: string): Dong {
  const value = text.trim() ? parseMoneyField(text, "counterpartValue", "trieu") : 0n;
  if (value < 0n) throw new DomainError("VALIDATION", "errors.contracts.counterpartNegative", {}, { counterpartValue: message("errors.contracts.counterpartNegative") });
  return value;
}

/** Signed neither in the future nor with an end before its start. */
export function checkDates(signedOn: CalendarDay, startsOn: CalendarDay, endsOn: CalendarDay, today: CalendarDay = vietnamToday()): void {
  if (formatIsoDay(signedOn) > formatIsoDay(today)) throw new DomainError("VALIDATION", "errors.contracts.signedInFuture", { date: day(signedOn), today: day(today) }, { signedOn: message("errors.contracts.signedInFutureField") });
  if (formatIsoDay(endsOn) < formatIsoDay(startsOn)) throw new DomainError("VALIDATION", "errors.contracts.endsBeforeStart", { startsOn: day(startsOn), endsOn: day(endsOn) }, { endsOn: message("errors.contracts.endsBeforeStartField") });
}

export type PlannedAmount = { amount: Dong; plan: string };

/**
 * What the plan in force on `day` gives the đề án (lib/plans/in-force.ts, the one version rule),
 * or null when it is not in any plan in force that day. An approved adjustment makes a new version
 * with the new amount, so this is the approved amount the contract may not exceed.
 */
export async function plannedAmount(tx: Tx, project: { id: string; planYear: number; fundingSourceId: string }, onDay: CalendarDay): Promise<PlannedAmount | null> {
  const versions = [...(await unsafeVersionsInForce({ planYear: project.planYear, fundingSourceId: project.fundingSourceId }, onDay, tx)).values()];
  if (!versions.length) return null;
  const items = await tx.planItem.findMany({ where: { projectId: project.id, planVersionId: { in: versions.map((v) => v.id) } }, select: { amount: true, planVersionId: true } });
  if (!items.length) return null;
  const version = versions.find((v) => v.id === items[0]?.planVersionId);
  const plan = version?.decision ? `Quyết định số ${version.decision.number}/${version.decision.symbol}` : `kế hoạch năm ${project.planYear}`;
  return { amount: items.reduce((a, i) => a + i.amount, 0n), plan };
}

/** The main contract's refusals about the plan: in the plan in force on the day, within its amount. */
export async function checkAgainstPlan(tx: Tx, project: { id: string; code: string; planYear: number; fundingSourceId: string }, value: Dong, onDay: CalendarDay): Promise<void> {
  const planned = await plannedAmount(tx, project, onDay);
  if (!planned) throw new DomainError("VALIDATION", "errors.contracts.notInPlan", { project: project.code, date: day(onDay) });
  if (value > planned.amount) throw new DomainError("VALIDATION", "errors.contracts.overApproved", { value: money(value), limit: money(planned.amount), plan: planned.plan }, { value: message("errors.contracts.overApprovedField", { limit: money(planned.amount) }) });
}

/** Support contracts under one parent stay within its value; one beneficiary's within its support. */
export async function checkSupportSums(tx: Tx, opts: { parent: { id: string; number: string; value: Dong }; beneficiary: { id: string; supportAmount: Dong; name: string }; value: Dong; excludeId?: string }): Promise<void> {
  const live = { status: { not: "TERMINATED" as const }, ...(opts.excludeId ? { id: { not: opts.excludeId } } : {}) };
  const siblings = await tx.contract.aggregate({ where: { parentId: opts.parent.id, ...live }, _sum: { value: true } });
  const total = (siblings._sum.value ?? 0n) + opts.value;
  if (total > opts.parent.value) throw new DomainError("VALIDATION", "errors.contracts.overParent", { total: money(total), parent: opts.parent.number, limit: money(opts.parent.value) }, { value: message("errors.contracts.overParentField", { limit: money(opts.parent.value) }) });
  const own = await tx.contract.aggregate({ where: { beneficiaryId: opts.beneficiary.id, ...live }, _sum: { value: true } });
  const contracted = own._sum.value ?? 0n;
  if (contracted + opts.value > opts.beneficiary.supportAmount) {
    throw new DomainError("VALIDATION", "errors.contracts.overBeneficiary", { value: money(opts.value), facility: opts.beneficiary.name, limit: money(opts.beneficiary.supportAmount), contracted: money(contracted) }, { value: message("errors.contracts.overParentField", { limit: money(opts.beneficiary.supportAmount - contracted) }) });
  }
}

/** An amendment never sets a value below what its support contracts or its ledger already hold. */
export async function checkAmendedValue(tx: Tx, contract: { id: string; kind: string }, value: Dong): Promise<void> {
  const children = await tx.contract.aggregate({ where: { parentId: contract.id, status: { not: "TERMINATED" } }, _sum: { value: true } });
  const held = children._sum.value ?? 0n;
  if (value < held) throw new DomainError("VALIDATION", "errors.contracts.belowChildren", { value: money(value), children: money(held) }, { value: message("errors.contracts.belowChildren", { value: money(value), children: money(held) }) });
  // Khuyến công money only; a task assignment's family (itself and its support contracts) must stay
  // within its value (docs/decisions/021), so the floor is the family's disbursed money.
  const where = contract.kind === "TASK_ASSIGNMENT" ? familyProgrammeMoneyWhere(contract.id) : { AND: [{ contractId: contract.id }, NOT_COUNTERPART_WHERE] };
  const { disbursed } = await unsafeLedgerMeasures(where, tx);
  if (value < disbursed) throw new DomainError("VALIDATION", "errors.contracts.belowDisbursed", { value: money(value), disbursed: money(disbursed) }, { value: message("errors.contracts.belowDisbursed", { value: money(value), disbursed: money(disbursed) }) });
}

/** The advance rule in force on the day for the đề án's contents; none is a refusal, never a guess. */
export async function advanceRuleFor(tx: Tx, project: { code: string; contentCodes: string[] }, onDay: CalendarDay): Promise<AdvanceRuleRow> {
  const rule = await unsafeAdvanceRuleInForce(tx, project.contentCodes, onDay);
  if (!rule) throw new DomainError("VALIDATION", "errors.contracts.noAdvanceRule", { date: day(onDay), project: project.code });
  return rule;
}

/** Contract numbers are unique per bên A (the database index backs this under races). */
export async function checkNumberFree(tx: Tx, partyAId: string, number: string, excludeId?: string): Promise<void> {
  const taken = await tx.contract.findFirst({ where: { partyAId, number, ...(excludeId ? { id: { not: excludeId } } : {}) }, select: { id: true } });
  if (taken) throw new DomainError("VALIDATION", "errors.contracts.numberTaken", { number }, { number: message("errors.contracts.numberTakenField") });
}
