import "server-only";
// Reads of nghiệm thu cơ sở, through the actor's đề án scope (another province's đề án is "not
// found"): the acceptance page (đề án, budget lines, beneficiaries, main contract, acceptances with
// lines and outcomes, what the actor may do) and one acceptance for its minutes PDF.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { mayAttachToAcceptance } from "../attachments/subjects";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { unsafeMainContract } from "./main-contract";
import { acceptanceFormsFor, canConfirmForceMajeure, canRecordOutcomes } from "./policy";
import { unlocksBalance } from "./rules";

const NAMES = { names: NAME_HISTORY_SELECT } as const;

export const ACCEPTANCE_PROJECT_SELECT = {
  id: true,
  code: true,
  title: true,
  status: true,
  kind: true,
  planYear: true,
  endYear: true,
  implementerId: true,
  provinceId: true,
  approvedAmount: true,
  supportAmount: true,
  counterpartAmount: true,
  totalCost: true,
  fundingSource: { select: { code: true } },
  implementer: { select: NAMES },
  province: { select: { name: true } },
  beneficiaries: { select: { id: true, supportAmount: true, counterpartAmount: true, facility: { select: { name: true, taxCode: true } } }, orderBy: { id: "asc" } },
  budgetLines: { select: { id: true, lineNo: true, item: true, unit: true, quantity: true, supportAmount: true, counterpartAmount: true }, orderBy: { lineNo: "asc" } },
} satisfies Prisma.ProjectSelect;

const ACCEPTANCE_SELECT = {
  id: true,
  form: true,
  acceptedOn: true,
  location: true,
  workVolume: true,
  members: true,
  conclusion: true,
  acceptedValue: true,
  counterpartValue: true,
  forceMajeure: true,
  forceMajeureReason: true,
  confirmedAt: true,
  beneficiaryId: true,
  beneficiary: { select: { facility: { select: { name: true } } } },
  organiserId: true,
  organiser: { select: NAMES },
  attachments: { orderBy: { uploadedAt: "asc" }, select: { id: true, fileName: true, kind: true } },
  lines: { select: { seq: true, description: true, unit: true, quantityAccepted: true, supportValue: true, counterpartValue: true }, orderBy: { seq: "asc" } },
  outcomes: { orderBy: [{ timing: "asc" }, { recordedOn: "asc" }], include: { beneficiary: { select: { facility: { select: { name: true } } } } } },
} satisfies Prisma.AcceptanceSelect;

export type AcceptanceRow = Prisma.AcceptanceGetPayload<{ select: typeof ACCEPTANCE_SELECT }>;

/** The đề án through the actor's scope, or NotFound. */
export async function getScopedProject(actor: Actor, projectId: string) {
  // An id from the URL that is no UUID names no đề án; PostgreSQL would refuse it with an error (a 500).
  if (!z.uuid().safeParse(projectId).success) throw new NotFoundError("project");
  const project = await db().project.findFirst({ where: { AND: [{ id: projectId }, projectScopeWhere(actor)] }, select: ACCEPTANCE_PROJECT_SELECT });
  if (!project) throw new NotFoundError("project");
  return project;
}

export async function getAcceptancePage(actor: Actor, projectId: string) {
  const project = await getScopedProject(actor, projectId);
  const [contract, acceptances] = [await unsafeMainContract(project.id), await db().acceptance.findMany({ where: { projectId: project.id }, select: ACCEPTANCE_SELECT, orderBy: { acceptedOn: "asc" } })];
  return {
    project: { ...project, implementerName: nameAt(project.implementer.names) },
    contract,
    acceptances: acceptances.map((a) => ({ ...a, organiserName: nameAt(a.organiser.names), unlocks: unlocksBalance(a), mayAttach: mayAttachToAcceptance(actor, project, a) })),
    may: {
      forms: project.status === "IN_PROGRESS" ? acceptanceFormsFor(actor, project) : [],
      confirm: canConfirmForceMajeure(actor, project),
      outcomes: canRecordOutcomes(actor, project),
    },
  };
}
export type AcceptancePage = Awaited<ReturnType<typeof getAcceptancePage>>;

/** One acceptance of the đề án, for its minutes. */
export async function getAcceptanceMinutes(actor: Actor, projectId: string, acceptanceId: string) {
  const page = await getAcceptancePage(actor, projectId);
  const acceptance = page.acceptances.find((a) => a.id === acceptanceId);
  if (!acceptance) throw new NotFoundError("record");
  return { project: page.project, contract: page.contract, acceptance };
}
export type AcceptanceMinutes = Awaited<ReturnType<typeof getAcceptanceMinutes>>;
