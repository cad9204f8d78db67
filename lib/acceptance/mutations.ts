import "server-only";
// Recording nghiệm thu cơ sở (TT 36/2013 Điều 14, 18.4, 21.1; Mẫu 5a/5b/5c). One transaction: the
// đề án locked and read through the actor's scope, the organiser's party, the main contract, the
// day, the lines parsed exactly, the cap on what is accepted, the insert, the audit entry and the
// step IN_PROGRESS → ACCEPTED through the state machine (for 5a once every location is accepted).
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, parseCalendarDate, vietnamToday } from "../calendar";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, InvalidTransitionError, NotFoundError, message, type ErrorKey, type MessageParams } from "../errors";
import { parseMoneyField, sumDong, type Dong } from "../money";
import { applyTransition, lockProject, type ProjectForTransition } from "../projects/mutations";
import { unsafeMainContract } from "./main-contract";
import { acceptanceFormsFor, canConfirmForceMajeure } from "./policy";
import { acceptanceDayInRange, acceptanceSums, acceptedWithinCap, everyLocationAccepted, parseQuantity, repeatedBudgetLine } from "./rules";
import { ConfirmForceMajeureInputSchema, RecordAcceptanceInputSchema, type RecordAcceptanceInput } from "./schemas";

const fail = (key: ErrorKey, params: MessageParams = {}, field?: string): never => {
  throw new DomainError("VALIDATION", key, params, field ? { [field]: message(key, params) } : undefined);
};

/** Money of one line: empty is 0, never negative. */
function lineMoney(text: string, field: string): Dong {
  if (text === "") return 0n;
  const amount = parseMoneyField(text, field, "trieu");
  if (amount < 0n) fail("errors.acceptance.negative", {}, field);
  return amount;
}

async function parseLines(tx: Tx, projectId: string, input: RecordAcceptanceInput) {
  const ids = input.lines.map((l) => l.budgetLineId);
  // One budget line is accepted once per acceptance: a repeat would count its value twice.
  const repeated = repeatedBudgetLine(ids);
  if (repeated) fail("errors.acceptance.repeatedLine", repeated, `lines.${repeated.row - 1}.budgetLineId`);
  const budget = await tx.projectBudgetLine.findMany({ where: { projectId, id: { in: ids } }, select: { id: true, item: true, unit: true } });
  return input.lines.map((line, i) => {
    const source = budget.find((b) => b.id === line.budgetLineId);
    if (!source) return fail("errors.acceptance.unknownLine", { row: i + 1 }, `lines.${i}.budgetLineId`);
    const quantity = parseQuantity(line.quantity);
    if (quantity === null) return fail("errors.acceptance.quantity", { input: line.quantity }, `lines.${i}.quantity`);
    return {
      seq: i + 1,
      budgetLineId: source.id,
      description: source.item,
      unit: source.unit,
      quantityAccepted: quantity,
      supportValue: lineMoney(line.supportValue, `lines.${i}.supportValue`),
      counterpartValue: lineMoney(line.counterpartValue, `lines.${i}.counterpartValue`),
    };
  });
}

/** Mẫu 5a names one beneficiary location of a group đề án, accepted once; the other forms none. */
async function checkLocation(tx: Tx, project: ProjectForTransition, input: RecordAcceptanceInput): Promise<string | null> {
  if (input.form !== "MAU_5A") return null;
  if (!input.beneficiaryId) return fail("errors.acceptance.beneficiaryRequired", {}, "beneficiaryId");
  const beneficiary = await tx.projectBeneficiary.findFirst({ where: { id: input.beneficiaryId, projectId: project.id }, select: { id: true, facility: { select: { name: true } } } });
  if (!beneficiary) return fail("errors.acceptance.beneficiaryRequired", {}, "beneficiaryId");
  const done = await tx.acceptance.findFirst({ where: { projectId: project.id, beneficiaryId: beneficiary.id }, select: { id: true } });
  if (done) fail("errors.acceptance.locationAccepted", { name: beneficiary.facility.name }, "beneficiaryId");
  return beneficiary.id;
}

/** Records one acceptance and, when it completes the đề án's acceptance, moves it to ACCEPTED. */
/** The form as the minutes name it, for the status history. */
const FORM_LABEL = { MAU_5A: "Mẫu 5a", MAU_5B: "Mẫu 5b", MAU_5C: "Mẫu 5c" } as const;

export async function recordAcceptance(actor: Actor, raw: unknown): Promise<{ id: string; projectStatus: string }> {
  const input = RecordAcceptanceInputSchema.parse(raw);
  const acceptedOn = parseCalendarDate(input.acceptedOn);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    if (input.form === "MAU_5A" && project.kind !== "GROUP") fail("errors.acceptance.form5aGroupOnly");
    if (!acceptanceFormsFor(actor, project).includes(input.form)) throw new ForbiddenError("errors.acceptance.notOrganiser");
    if (project.status !== "IN_PROGRESS") throw new InvalidTransitionError("errors.acceptance.notInProgress");
    const contract = await unsafeMainContract(project.id, tx);
    if (!contract?.signedOn) return fail("errors.acceptance.noContract");
    const range = acceptanceDayInRange(acceptedOn, vietnamToday(), asCalendarDay(contract.signedOn), contract.number);
    if (range) fail(range.key, range.params, "acceptedOn");
    if (input.forceMajeure && input.forceMajeureReason.length < 5) fail("errors.acceptance.reasonRequired", {}, "forceMajeureReason");
    const beneficiaryId = await checkLocation(tx, project, input);
    const lines = await parseLines(tx, project.id, input);
    const sums = acceptanceSums(lines);
    const earlier = await tx.acceptance.findMany({ where: { projectId: project.id }, select: { acceptedValue: true, beneficiaryId: true } });
    const { approvedAmount } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { approvedAmount: true } });
    const cap = acceptedWithinCap({ already: sumDong(earlier.map((a) => a.acceptedValue)), adding: sums.acceptedValue, contractValue: contract.value, contractNumber: contract.number, approvedAmount });
    if (cap) fail(cap.key, cap.params);
    const created = await tx.acceptance.create({
      data: {
        projectId: project.id,
        contractId: contract.id,
        form: input.form,
        organiserId: actor.organisationId,
        acceptedOn,
        beneficiaryId,
        location: input.location,
        workVolume: input.workVolume,
        members: input.members,
        conclusion: input.conclusion,
        forceMajeure: input.forceMajeure,
        forceMajeureReason: input.forceMajeure ? input.forceMajeureReason : "",
        recordedById: actor.userId,
        ...sums,
        lines: { create: lines },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "acceptance.record", entityType: "Acceptance", entityId: created.id, data: { projectId: project.id, form: input.form, acceptedValue: sums.acceptedValue.toString(), counterpartValue: sums.counterpartValue.toString(), forceMajeure: input.forceMajeure } });
    const complete = input.form !== "MAU_5A" || everyLocationAccepted(await beneficiaryIdsOf(tx, project.id), [...earlier.map((a) => a.beneficiaryId), beneficiaryId]);
    const status = complete ? (await applyTransition(tx, actor, project, "ACCEPTED", `Nghiệm thu cơ sở (${FORM_LABEL[input.form]})`)).status : project.status;
    return { id: created.id, projectStatus: status };
  });
}

async function beneficiaryIdsOf(tx: Tx, projectId: string): Promise<string[]> {
  return (await tx.projectBeneficiary.findMany({ where: { projectId }, select: { id: true } })).map((b) => b.id);
}

/** The SCT confirms the volume accepted under force majeure: from then on it unlocks the balance. */
export async function confirmForceMajeure(actor: Actor, raw: unknown): Promise<{ id: string; confirmedAt: Date }> {
  const input = ConfirmForceMajeureInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const target = await tx.acceptance.findUnique({ where: { id: input.acceptanceId }, select: { projectId: true } });
    if (!target) throw new NotFoundError("record");
    const project = await lockProject(tx, actor, target.projectId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("record") : error;
    });
    if (!canConfirmForceMajeure(actor, project)) throw new ForbiddenError("errors.acceptance.notSct");
    const acceptance = await tx.acceptance.findUniqueOrThrow({ where: { id: input.acceptanceId }, select: { id: true, forceMajeure: true, confirmedAt: true } });
    if (!acceptance.forceMajeure) fail("errors.acceptance.notForceMajeure");
    if (acceptance.confirmedAt) fail("errors.acceptance.alreadyConfirmed");
    const confirmedAt = new Date();
    await tx.acceptance.update({ where: { id: acceptance.id }, data: { confirmedById: actor.userId, confirmedAt } });
    await recordAudit(tx, actor, { action: "acceptance.confirmForceMajeure", entityType: "Acceptance", entityId: acceptance.id, projectId: target.projectId });
    return { id: acceptance.id, confirmedAt };
  });
}
