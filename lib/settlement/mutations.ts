import "server-only";
// The settlement dossier (hồ sơ quyết toán, TT 36/2013 Điều 18.1–19) of the đề án's main contract:
// the implementer submits it, the Cục (KCQG) or the SCT (KCĐP) approves or returns it. Approval
// moves the đề án ACCEPTED → SETTLED and, in the same transaction, records the SETTLEMENT entry that
// clears the outstanding advance (lock order Project → Contract, docs/decisions/025).
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { vietnamToday } from "../calendar";
import { db, type Tx } from "../db/client";
import { unsafeClearOutstandingAdvance } from "../disbursements/clearing";
import { ConflictError, DomainError, ForbiddenError, InvalidTransitionError, message } from "../errors";
import { formatMoney } from "../format";
import { notify } from "../notifications/notify";
import { parseMoneyField } from "../money";
import { applyTransition, lockProject, transitionContext, type ProjectForTransition } from "../projects/mutations";
import { partiesOf } from "../projects/policy";
import { canTransition } from "../projects/state-machine";
import { unsafeMainContract } from "../acceptance/main-contract";
import { unsafeAcceptedFigures } from "./accepted";
import { dossierDueOn } from "./deadline-rules";
import { deadlineRuleOn } from "./deadlines";
import { DecideSettlementInputSchema, SubmitSettlementInputSchema } from "./schemas";

const trieu = (v: bigint) => formatMoney(v, "trieu");

/** Signed support contracts under a task assignment (its family's programme money); none under a main contract. */
async function unsafeFamilySupportContracts(tx: Tx, head: { id: string; kind: string }): Promise<{ id: string; number: string }[]> {
  if (head.kind !== "TASK_ASSIGNMENT") return [];
  return tx.contract.findMany({ where: { parentId: head.id, kind: "SUPPORT_CONTRACT", status: "SIGNED" }, orderBy: { number: "asc" }, select: { id: true, number: true } });
}

async function requireContract(tx: Tx, projectId: string) {
  const contract = await unsafeMainContract(projectId, tx);
  if (!contract) throw new DomainError("VALIDATION", "errors.settlement.noContract");
  return contract;
}

function amountField(text: string, field: string, required: boolean): bigint {
  if (text === "" && !required) return 0n;
  const amount = parseMoneyField(text, field, "trieu");
  if (amount < 0n || (required && amount === 0n)) throw new DomainError("VALIDATION", "errors.money.notPositive", {}, { [field]: message("errors.money.notPositive") });
  return amount;
}

/** The implementer submits (or, after a return, resubmits) the settlement dossier. */
export async function submitSettlement(actor: Actor, raw: unknown): Promise<{ id: string; dueOn: Date }> {
  const input = SubmitSettlementInputSchema.parse(raw);
  const settledAmount = amountField(input.settledAmount, "settledAmount", true);
  const counterpartAmount = amountField(input.counterpartAmount, "counterpartAmount", false);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    if (!partiesOf(actor, project).includes("IMPLEMENTER")) throw new ForbiddenError("errors.settlement.notImplementer");
    if (project.status !== "ACCEPTED") throw new InvalidTransitionError("errors.settlement.notAccepted");
    const contract = await requireContract(tx, project.id);
    const figures = await unsafeAcceptedFigures(tx, project.id);
    if (!figures.lastAcceptedOn) throw new InvalidTransitionError("errors.settlement.notAccepted");
    if (settledAmount > figures.acceptedValue) {
      throw new DomainError("VALIDATION", "errors.settlement.overAccepted", { amount: trieu(settledAmount), accepted: trieu(figures.acceptedValue) }, { settledAmount: message("errors.settlement.overAcceptedField", { accepted: trieu(figures.acceptedValue) }) });
    }
    const dueOn = dossierDueOn(figures.lastAcceptedOn, await deadlineRuleOn("SETTLEMENT_DOSSIER", figures.lastAcceptedOn, tx));
    const data = { dueOn, submittedOn: vietnamToday(), settledAmount, counterpartAmount, note: input.note, submittedById: actor.userId, status: "SUBMITTED" as const, decidedOn: null, decidedById: null };
    const existing = await tx.settlement.findUnique({ where: { contractId: contract.id }, select: { id: true, status: true } });
    if (existing && existing.status !== "RETURNED") throw new ConflictError("errors.settlement.alreadySubmitted");
    const saved = existing
      ? await tx.settlement.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { id: true, dueOn: true } })
      : await tx.settlement.create({ data: { ...data, contractId: contract.id }, select: { id: true, dueOn: true } });
    await recordAudit(tx, actor, { action: "settlement.submit", entityType: "Settlement", entityId: saved.id, projectId: project.id, data: { contractId: contract.id, settledAmount: settledAmount.toString(), counterpartAmount: counterpartAmount.toString() } });
    return saved;
  });
}

/** Whether the actor takes the Cục's step ACCEPTED → SETTLED (the SCT for KCĐP). */
function decides(actor: Actor, project: ProjectForTransition): boolean {
  return canTransition(project.status, "SETTLED", partiesOf(actor, project), transitionContext(project));
}

/** Approves or returns the submitted dossier; approval settles the đề án and clears the outstanding advance. */
export async function decideSettlement(actor: Actor, raw: unknown): Promise<{ status: string; clearedAmount: bigint }> {
  const input = DecideSettlementInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    if (project.status !== "ACCEPTED") throw new InvalidTransitionError("errors.settlement.notAccepted");
    if (!decides(actor, project)) throw new ForbiddenError("errors.settlement.notDecider");
    const contract = await requireContract(tx, project.id);
    const settlement = await tx.settlement.findUnique({ where: { contractId: contract.id }, select: { id: true, status: true, settledAmount: true } });
    if (!settlement || settlement.status !== "SUBMITTED") throw new InvalidTransitionError("errors.settlement.notSubmitted");
    const today = vietnamToday();
    const status = input.decision === "APPROVE" ? "APPROVED" : "RETURNED";
    await tx.settlement.update({ where: { id: settlement.id }, data: { status, decidedOn: today, decidedById: actor.userId, note: input.note, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: `settlement.${status.toLowerCase()}`, entityType: "Settlement", entityId: settlement.id, projectId: project.id, data: { note: input.note } });
    const { code } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { code: true } });
    const link = `/de-an/${project.id}/quyet-toan`;
    if (status === "RETURNED") {
      await notify(tx, { organisationIds: [project.implementerId] }, { kind: "PROJECT_RETURNED", title: `Hồ sơ quyết toán đề án ${code} bị trả lại để bổ sung`, body: input.note, link });
      return { status, clearedAmount: 0n };
    }
    await notify(tx, { organisationIds: [project.implementerId] }, { kind: "DECISION_ISSUED", title: `Quyết toán đề án ${code} đã được phê duyệt`, body: input.note, link });
    await applyTransition(tx, actor, project, "SETTLED", "Phê duyệt quyết toán");
    const { fundingSourceId } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { fundingSourceId: true } });
    // The main contract first, then (for a task assignment) the support contracts under it, whose
    // advances are programme money too (decision 021); each up to what the settlement has left.
    const family = [contract, ...(await unsafeFamilySupportContracts(tx, contract))];
    let left = settlement.settledAmount;
    for (const member of family) {
      if (left <= 0n) break;
      const key = member.id === contract.id ? `settlement:${settlement.id}` : `settlement:${settlement.id}:${member.id}`;
      const entry = { contractId: member.id, fundingSourceId, occurredOn: today, voucherRef: `QT-${member.number}`, note: "Quyết toán tạm ứng khi phê duyệt hồ sơ quyết toán", idempotencyKey: key };
      const cleared = await unsafeClearOutstandingAdvance(tx, actor, entry, left);
      left -= cleared?.amount ?? 0n;
    }
    return { status, clearedAmount: settlement.settledAmount - left };
  });
}
