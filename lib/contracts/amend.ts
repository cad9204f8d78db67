import "server-only";
// Amending a contract (sửa đổi, phụ lục hợp đồng; TT 36/2013 Điều 11.2.b): a new ContractVersion
// with its reason, the Contract row updated under the optimistic version check (a stale form is a
// conflict, never a silent overwrite) and the schedule regenerated from the advance rule in force
// on the amendment's day. Locks: the đề án, then the contract (lib/db/locks.ts order).
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, formatIsoDay, parseCalendarDate } from "../calendar";
import { db } from "../db/client";
import { lockRows } from "../db/locks";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { lockProject } from "../projects/mutations";
import { advanceRuleFor, checkAgainstPlan, checkAmendedValue, checkDates, checkSupportSums, parseCounterpart, parseValue } from "./checks";
import { AMENDABLE_PROJECT_STATUSES, canAmendContract, contractScopeWhere } from "./policy";
import { paymentSchedule } from "./schedule";
import { AmendContractInputSchema } from "./schemas";
import { auditTerms } from "./sign";
import { writeVersion, type VersionTerms } from "./write-schedule";

const CONTRACT_SELECT = {
  id: true,
  kind: true,
  number: true,
  status: true,
  version: true,
  signedOn: true,
  parent: { select: { id: true, number: true, value: true } },
  beneficiary: { select: { id: true, supportAmount: true, facility: { select: { name: true } } } },
  versions: { select: { versionNo: true }, orderBy: { versionNo: "desc" }, take: 1 },
  project: { select: { id: true, code: true, status: true, planYear: true, fundingSourceId: true, implementerId: true, provinceId: true, fundingSource: { select: { code: true } }, contents: { select: { contentCategory: { select: { code: true } } } } } },
} as const;

export async function amendContract(actor: Actor, raw: unknown): Promise<{ id: string; version: number; versionNo: number }> {
  const input = AmendContractInputSchema.parse(raw);
  const terms: VersionTerms = { signedOn: parseCalendarDate(input.signedOn), startsOn: parseCalendarDate(input.startsOn), endsOn: parseCalendarDate(input.endsOn), value: parseValue(input.value), counterpartValue: parseCounterpart(input.counterpartValue), terms: input.terms };
  checkDates(terms.signedOn, terms.startsOn, terms.endsOn);
  return db().$transaction(async (tx) => {
    // The đề án id only, to lock it first; the scoped reads below decide whether anything is found.
    const target = await tx.contract.findUnique({ where: { id: input.contractId }, select: { projectId: true } });
    if (!target) throw new NotFoundError("contract");
    await lockProject(tx, actor, target.projectId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("contract") : error;
    });
    await lockRows(tx, "Contract", [input.contractId]);
    const contract = await tx.contract.findFirst({ where: { AND: [{ id: input.contractId }, contractScopeWhere(actor)] }, select: CONTRACT_SELECT });
    if (!contract) throw new NotFoundError("contract");
    if (!canAmendContract(actor, contract)) throw new ForbiddenError("errors.contracts.cannotAmend", { number: contract.number });
    if (contract.status !== "SIGNED") throw new DomainError("INVALID_TRANSITION", "errors.contracts.notAmendable", { number: contract.number });
    if (!(AMENDABLE_PROJECT_STATUSES as readonly string[]).includes(contract.project.status)) {
      throw new DomainError("INVALID_TRANSITION", "errors.contracts.projectClosed", { project: contract.project.code, status: message(`status.${contract.project.status}`) });
    }
    if (contract.version !== input.version) throw new ConflictError("errors.contracts.staleVersion", { number: contract.number, current: contract.version, yours: input.version });
    if (contract.signedOn && formatIsoDay(terms.signedOn) < formatIsoDay(asCalendarDay(contract.signedOn))) {
      throw new DomainError("VALIDATION", "errors.contracts.amendBeforeSigning", { date: formatDate(terms.signedOn, true), signedOn: formatDate(contract.signedOn, true) }, { signedOn: message("errors.contracts.signedOnField") });
    }
    if (contract.kind === "SUPPORT_CONTRACT") {
      if (!contract.parent || !contract.beneficiary) throw new NotFoundError("contract");
      const b = contract.beneficiary;
      await checkSupportSums(tx, { parent: contract.parent, beneficiary: { id: b.id, supportAmount: b.supportAmount, name: b.facility.name }, value: terms.value, excludeId: contract.id });
    } else {
      await checkAgainstPlan(tx, contract.project, terms.value, terms.signedOn);
    }
    await checkAmendedValue(tx, contract, terms.value);
    const rule = await advanceRuleFor(tx, { code: contract.project.code, contentCodes: contract.project.contents.map((c) => c.contentCategory.code) }, terms.signedOn);
    const versionNo = (contract.versions[0]?.versionNo ?? 0) + 1;
    const updated = await tx.contract.updateMany({
      where: { id: contract.id, version: input.version },
      data: { value: terms.value, counterpartValue: terms.counterpartValue, startsOn: terms.startsOn, endsOn: terms.endsOn, terms: terms.terms, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError("errors.contracts.staleVersion", { number: contract.number, current: contract.version, yours: input.version });
    await writeVersion(tx, actor.userId, contract.id, versionNo, terms, paymentSchedule(terms.value, rule), input.reason);
    await recordAudit(tx, actor, { action: "contract.amend", entityType: "Contract", entityId: contract.id, projectId: contract.project.id, data: { ...auditTerms(contract.kind, contract.number, terms, rule.id), versionNo, reason: input.reason } });
    if (contract.kind !== "SUPPORT_CONTRACT") {
      await notify(tx, { organisationIds: [contract.project.implementerId] }, { kind: "DECISION_ISSUED", title: `Hợp đồng số ${contract.number} của đề án ${contract.project.code} đã được sửa đổi (lần ${versionNo - 1})`, body: input.reason, link: `/hop-dong/${contract.id}` });
    }
    return { id: contract.id, version: contract.version + 1, versionNo };
  });
}
