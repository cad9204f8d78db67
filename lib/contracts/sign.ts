import "server-only";
// Signing contracts (issue #8 item 1, TT 36/2013 Điều 12.1; docs/decisions/021, 022), one
// transaction each: the đề án locked and read through the actor's scope, the refusals (each with
// its figures), the contract with version 1 and its schedule from the advance rule in force on the
// signing day, and for the main contract or task assignment the đề án's step to CONTRACTED.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, formatIsoDay, parseCalendarDate, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { lockRows } from "../db/locks";
import { DomainError, ForbiddenError, message } from "../errors";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { applyTransition, lockProject, type ProjectForTransition } from "../projects/mutations";
import type { Dong } from "../money";
import { advanceRuleFor, checkAgainstPlan, checkDates, checkNumberFree, checkSupportSums, parseCounterpart, parseValue } from "./checks";
import { canSignMainContract, canSignSupportContract, mainContractKind, SIGNABLE_PROJECT_STATUSES, SUPPORT_PROJECT_STATUSES } from "./policy";
import { paymentSchedule } from "./schedule";
import { SignContractInputSchema } from "./schemas";
import { writeVersion, type VersionTerms } from "./write-schedule";

const PROJECT_SELECT = { id: true, code: true, title: true, status: true, planYear: true, fundingSourceId: true, implementerId: true, provinceId: true, fundingSource: { select: { code: true } }, implementer: { select: { kind: true } }, contents: { select: { contentCategory: { select: { code: true } } } } } as const;
type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof PROJECT_SELECT }>;

export type SignedContract = { id: string; number: string; kind: "CONTRACT" | "TASK_ASSIGNMENT" | "SUPPORT_CONTRACT"; projectId: string };

const contentCodes = (p: ProjectRow) => p.contents.map((c) => c.contentCategory.code);

/** Signs a main contract, a task assignment or a support contract, as the input's role says. */
export async function signContract(actor: Actor, raw: unknown): Promise<SignedContract> {
  const input = SignContractInputSchema.parse(raw);
  const terms: VersionTerms = { signedOn: parseCalendarDate(input.signedOn), startsOn: parseCalendarDate(input.startsOn), endsOn: parseCalendarDate(input.endsOn), value: parseValue(input.value), counterpartValue: parseCounterpart(input.counterpartValue), terms: input.terms };
  checkDates(terms.signedOn, terms.startsOn, terms.endsOn);
  return mapNumberRace(
    input.number,
    db().$transaction(async (tx) => {
      const locked = await lockProject(tx, actor, input.projectId);
      const project = await tx.project.findUniqueOrThrow({ where: { id: locked.id }, select: PROJECT_SELECT });
      if (input.role === "MAIN") return signMain(tx, actor, locked, project, input.number, terms);
      return signSupport(tx, actor, project, input.beneficiaryId, input.number, terms);
    }),
  );
}

async function signMain(tx: Tx, actor: Actor, locked: ProjectForTransition, project: ProjectRow, number: string, terms: VersionTerms): Promise<SignedContract> {
  if (!canSignMainContract(actor, project)) throw new ForbiddenError("errors.contracts.cannotSignMain");
  if (!(SIGNABLE_PROJECT_STATUSES as readonly string[]).includes(project.status)) throw new DomainError("INVALID_TRANSITION", "errors.contracts.projectNotSignable", { project: project.code, status: message(`status.${project.status}`) });
  const live = await tx.contract.findFirst({ where: { projectId: project.id, kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, status: { not: "TERMINATED" } }, select: { number: true } });
  if (live) throw new DomainError("CONFLICT", "errors.contracts.mainExists", { project: project.code, number: live.number });
  await checkAgainstPlan(tx, project, terms.value, terms.signedOn);
  await checkNumberFree(tx, actor.organisationId, number);
  const rule = await advanceRuleFor(tx, { code: project.code, contentCodes: contentCodes(project) }, terms.signedOn);
  const kind = mainContractKind(project.implementer.kind);
  const contract = await createSigned(tx, actor, { projectId: project.id, kind, number, partyAId: actor.organisationId, partyBId: project.implementerId }, terms, rule);
  await applyTransition(tx, actor, locked, "CONTRACTED", `${kind === "TASK_ASSIGNMENT" ? "Giao nhiệm vụ" : "Ký hợp đồng"} số ${number}`);
  await notify(tx, { organisationIds: [project.implementerId] }, { kind: "DECISION_ISSUED", title: `${kind === "TASK_ASSIGNMENT" ? "Giao nhiệm vụ" : "Hợp đồng"} số ${number} đã ký cho đề án ${project.code}`, body: `Ngày ký ${formatDate(terms.signedOn, true)}.`, link: `/hop-dong/${contract.id}` });
  return contract;
}

async function signSupport(tx: Tx, actor: Actor, project: ProjectRow, beneficiaryId: string, number: string, terms: VersionTerms): Promise<SignedContract> {
  if (!canSignSupportContract(actor, project)) throw new ForbiddenError("errors.contracts.cannotSignSupport");
  if (!beneficiaryId) throw new DomainError("VALIDATION", "errors.contracts.beneficiaryRequired", {}, { beneficiaryId: message("errors.contracts.beneficiaryRequired") });
  const parentRow = await tx.contract.findFirst({ where: { projectId: project.id, kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, status: "SIGNED" }, select: { id: true } });
  if (!parentRow || !(SUPPORT_PROJECT_STATUSES as readonly string[]).includes(project.status)) throw new DomainError("VALIDATION", "errors.contracts.supportNeedsMain", { project: project.code });
  // Support contracts under one parent share its value: they serialise on the parent's row.
  await lockRows(tx, "Contract", [parentRow.id]);
  const parent = await tx.contract.findUniqueOrThrow({ where: { id: parentRow.id }, select: { id: true, number: true, value: true, signedOn: true } });
  const beneficiary = await tx.projectBeneficiary.findFirst({ where: { id: beneficiaryId, projectId: project.id }, select: { id: true, supportAmount: true, facility: { select: { name: true } } } });
  if (!beneficiary) throw new DomainError("VALIDATION", "errors.contracts.beneficiaryNotOnProject", { project: project.code }, { beneficiaryId: message("errors.contracts.beneficiaryNotOnProject", { project: project.code }) });
  if (parent.signedOn && formatIsoDay(terms.signedOn) < formatIsoDay(asCalendarDay(parent.signedOn))) {
    throw new DomainError("VALIDATION", "errors.contracts.beforeParent", { date: formatDate(terms.signedOn, true), parent: parent.number, parentSignedOn: formatDate(parent.signedOn, true) }, { signedOn: message("errors.contracts.signedOnField") });
  }
  await checkSupportSums(tx, { parent, beneficiary: { id: beneficiary.id, supportAmount: beneficiary.supportAmount, name: beneficiary.facility.name }, value: terms.value });
  await checkNumberFree(tx, project.implementerId, number);
  const rule = await advanceRuleFor(tx, { code: project.code, contentCodes: contentCodes(project) }, terms.signedOn);
  return createSigned(tx, actor, { projectId: project.id, kind: "SUPPORT_CONTRACT", number, partyAId: project.implementerId, beneficiaryId: beneficiary.id, parentId: parent.id }, terms, rule);
}

type Parties = { projectId: string; kind: SignedContract["kind"]; number: string; partyAId: string; partyBId?: string; beneficiaryId?: string; parentId?: string };

async function createSigned(tx: Tx, actor: Actor, parties: Parties, terms: VersionTerms, rule: Parameters<typeof paymentSchedule>[1]): Promise<SignedContract> {
  const schedule = paymentSchedule(terms.value, rule);
  const row = await tx.contract.create({
    data: { ...parties, signedOn: terms.signedOn, startsOn: terms.startsOn, endsOn: terms.endsOn, value: terms.value, counterpartValue: terms.counterpartValue, terms: terms.terms, status: "SIGNED", createdById: actor.userId },
    select: { id: true, number: true, kind: true, projectId: true },
  });
  await writeVersion(tx, actor.userId, row.id, 1, terms, schedule);
  await recordAudit(tx, actor, { action: "contract.sign", entityType: "Contract", entityId: row.id, projectId: row.projectId, data: auditTerms(parties.kind, row.number, terms, rule.id) });
  return row;
}

export function auditTerms(kind: string, number: string, terms: VersionTerms, advanceRuleId: string) {
  const text = (d: CalendarDay) => formatIsoDay(d);
  const amount = (v: Dong) => v.toString();
  return { kind, number, signedOn: text(terms.signedOn), startsOn: text(terms.startsOn), endsOn: text(terms.endsOn), value: amount(terms.value), counterpartValue: amount(terms.counterpartValue), advanceRuleId };
}

/** Two signers racing for one number reach the unique index: the same answer as a taken number. */
export async function mapNumberRace<T>(number: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("VALIDATION", "errors.contracts.numberTaken", { number }, { number: message("errors.contracts.numberTakenField") });
    throw error;
  }
}
