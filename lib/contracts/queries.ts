import "server-only";
// Contract reads, scoped by the đề án the actor may see (contractScopeWhere): another province's
// or centre's contract is "not found", like a missing one. Named select shapes, no whole rows.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { unsafeAdvanceRuleInForce } from "../disbursements/advance-rules";
import type { CalendarDay } from "../calendar";
import { NotFoundError } from "../errors";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { pageArgs, toPage, type Page } from "../pagination";
import { projectScopeWhere } from "../auth/policy";
import { contractScopeWhere } from "./policy";
import { ContractListInputSchema } from "./schemas";

const names = { select: { names: NAME_HISTORY_SELECT } } as const;

const listSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  signedOn: true,
  value: true,
  project: { select: { id: true, code: true, title: true, planYear: true } },
  partyA: names,
  partyB: names,
  beneficiary: { select: { facility: { select: { name: true } } } },
} as const;
type ListRow = Prisma.ContractGetPayload<{ select: typeof listSelect }>;
export type ContractListRow = Omit<ListRow, "partyA" | "partyB" | "beneficiary"> & { partyAName: string; partyBName: string };

const partyBName = (c: { signedOn: Date | null; partyB: { names: { name: string; validFrom: Date; validTo: Date | null }[] } | null; beneficiary: { facility: { name: string } } | null }) =>
  c.beneficiary?.facility.name ?? (c.partyB ? nameAt(c.partyB.names, c.signedOn ?? undefined) : "");

export async function listContracts(actor: Actor, raw: Partial<z.input<typeof ContractListInputSchema>>): Promise<Page<ContractListRow>> {
  const input = ContractListInputSchema.parse(raw);
  const where: Prisma.ContractWhereInput = { AND: [contractScopeWhere(actor), input.year ? { project: { planYear: input.year } } : {}, input.status ? { status: input.status } : {}] };
  const [rows, total] = await Promise.all([
    db().contract.findMany({ where, select: listSelect, orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }], ...pageArgs(input.page) }),
    db().contract.count({ where }),
  ]);
  const shaped = rows.map(({ partyA, partyB, beneficiary, ...c }) => ({ ...c, partyAName: nameAt(partyA.names, c.signedOn ?? undefined), partyBName: partyBName({ signedOn: c.signedOn, partyB, beneficiary }) }));
  return toPage(shaped, total, input.page);
}

const detailSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  version: true,
  signedOn: true,
  startsOn: true,
  endsOn: true,
  value: true,
  counterpartValue: true,
  terms: true,
  partyAId: true,
  partyBId: true,
  beneficiaryId: true,
  parentId: true,
  partyA: { select: { kind: true, ...names.select } },
  partyB: names,
  beneficiary: { select: { supportAmount: true, facility: { select: { name: true, taxCode: true, addressLine: true } } } },
  parent: { select: { id: true, number: true, kind: true } },
  children: { select: { id: true, number: true, value: true, status: true, beneficiary: { select: { facility: { select: { name: true } } } } }, orderBy: { number: "asc" } },
  project: { select: { id: true, code: true, title: true, planYear: true, status: true, implementerId: true, provinceId: true, locationText: true, fundingSource: { select: { code: true, name: true } }, contents: { select: { contentCategory: { select: { code: true } } } } } },
  versions: { select: { versionNo: true, signedOn: true, value: true, counterpartValue: true, startsOn: true, endsOn: true, reason: true, createdAt: true }, orderBy: { versionNo: "desc" } },
  schedule: { select: { seq: true, kind: true, shareBp: true, amount: true, condition: true, documents: true, afterAcceptance: true, advanceRule: { select: { code: true, description: true, legalBasis: true, status: true } } }, orderBy: { seq: "asc" } },
  attachments: { orderBy: { uploadedAt: "asc" }, select: { id: true, fileName: true, kind: true } },
} as const;
export type ContractDetail = Prisma.ContractGetPayload<{ select: typeof detailSelect }> & { partyAName: string; partyBName: string };

/** Throws NotFound both when the contract does not exist and when it is outside the actor's scope. */
export async function getContract(actor: Actor, id: string): Promise<ContractDetail> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("contract");
  const contract = await db().contract.findFirst({ where: { AND: [{ id }, contractScopeWhere(actor)] }, select: detailSelect });
  if (!contract) throw new NotFoundError("contract");
  return { ...contract, partyAName: nameAt(contract.partyA.names, contract.signedOn ?? undefined), partyBName: partyBName(contract) };
}

/** What the new-contract form needs about a đề án: its beneficiaries and its signed main contract. */
export async function contractFormData(actor: Actor, projectId: string) {
  if (!z.uuid().safeParse(projectId).success) throw new NotFoundError("project");
  const project = await db().project.findFirst({
    where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
    select: {
      id: true, code: true, title: true, status: true, planYear: true, implementerId: true, provinceId: true, approvedAmount: true, supportAmount: true, counterpartAmount: true,
      fundingSource: { select: { code: true } },
      implementer: { select: { kind: true, ...names.select } },
      beneficiaries: { select: { id: true, supportAmount: true, counterpartAmount: true, facility: { select: { name: true, taxCode: true } } }, orderBy: { id: "asc" } },
      contracts: { where: { status: { not: "TERMINATED" } }, select: { id: true, kind: true, number: true, status: true, value: true, beneficiaryId: true }, orderBy: { createdAt: "asc" } },
      contents: { select: { contentCategory: { select: { code: true } } } },
    },
  });
  if (!project) throw new NotFoundError("project");
  return { ...project, implementerName: nameAt(project.implementer.names) };
}
export type ContractFormData = Awaited<ReturnType<typeof contractFormData>>;

/** The advance rule a contract signed on `onDay` would follow, for the form's schedule preview. */
export async function scheduleRuleFor(contentCodes: readonly string[], onDay: CalendarDay) {
  const rule = await unsafeAdvanceRuleInForce(db(), contentCodes, onDay);
  return rule && { id: rule.id, description: rule.description, legalBasis: rule.legalBasis, firstAdvanceBp: rule.firstAdvanceBp, firstAdvanceAfterAcceptance: rule.firstAdvanceAfterAcceptance, advanceCapBp: rule.advanceCapBp, requiredDocuments: rule.requiredDocuments, balanceDocuments: rule.balanceDocuments };
}
export type ScheduleRuleView = NonNullable<Awaited<ReturnType<typeof scheduleRuleFor>>>;
