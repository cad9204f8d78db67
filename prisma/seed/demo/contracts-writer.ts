// Writes contracts (natural key: bên A and number), their version 1 (and 2 for carried-over đề án;
// ContractVersion is append-only by trigger, so versions are only inserted) and payment schedules.
import { addDays, uuidFrom, yearOfDay } from "../../factories";
import type { Ref } from "../context";
import { k, type Seeder } from "../sync";
import type { ContractSpec, ScheduleSpec } from "./contracts";
import type { Parties } from "./parties";
import type { Ids } from "./implementation-writer";

/** Who drew up the contract in the app: demo users for 2026 (the Cục, the SCT for KCĐP, the centre for support contracts). */
function creator(c: ContractSpec, who: Parties): string | undefined {
  if (yearOfDay(c.signedOn) < 2026) return undefined;
  if (c.kind === "SUPPORT_CONTRACT") return who.implementerUser(c.project, c.signedOn);
  return c.project.fund === "KCQG" ? "cuc@khuyencong.local" : who.sctUser(c.project, c.signedOn);
}

const scheduleJson = (items: readonly ScheduleSpec[]) =>
  items.map((i) => ({ seq: i.seq, kind: i.kind, shareBp: i.shareBp, amount: i.amount.toString(), condition: i.condition, documents: i.documents, afterAcceptance: i.afterAcceptance }));

/** Returns contract key ("KCQG-2022-38-001:main") → stored id. */
export async function writeContracts(s: Seeder, ref: Ref, contracts: readonly ContractSpec[], ids: Ids, who: Parties): Promise<Map<string, string>> {
  const byKey = new Map<string, string>();
  const where = { projectId: { in: [...new Set(contracts.map((c) => ids.projectId(c.project.code)))] } };
  const row = (c: ContractSpec) => ({
    id: uuidFrom(`contract:${c.key}`),
    projectId: ids.projectId(c.project.code),
    kind: c.kind,
    number: c.number,
    signedOn: c.signedOn,
    partyAId: ref.orgId(c.partyA),
    partyBId: c.partyB ? ref.orgId(c.partyB) : null,
    beneficiaryId: c.beneficiary ? ids.beneficiaryId(c.project.code, c.beneficiary) : null,
    value: c.value,
    counterpartValue: c.counterpart,
    startsOn: c.signedOn,
    endsOn: c.amendment?.endsOn ?? c.endsOn,
    terms: c.terms,
    status: c.status,
    parentId: c.parentKey ? byKey.get(c.parentKey)! : null,
    version: c.amendment ? 2 : 1,
    createdById: ids.user(creator(c, who)),
  });
  // Main contracts first: support contracts point at their stored ids.
  for (const batch of [contracts.filter((c) => !c.parentKey), contracts.filter((c) => c.parentKey)]) {
    const stored = await s.upsert("contract", batch.map(row), { key: (r) => k(r.partyAId, r.number), where });
    for (const c of batch) byKey.set(c.key, stored.get(k(ref.orgId(c.partyA), c.number))!);
  }

  const versions = contracts.flatMap((c) => {
    const contractId = byKey.get(c.key)!;
    const v1 = { id: uuidFrom(`contract-version:${c.key}:1`), contractId, versionNo: 1, signedOn: c.signedOn, value: c.value, counterpartValue: c.counterpart, startsOn: c.signedOn, endsOn: c.endsOn, terms: c.terms, reason: "", schedule: scheduleJson(c.schedule), createdById: ids.user(creator(c, who)) };
    return c.amendment ? [v1, { ...v1, id: uuidFrom(`contract-version:${c.key}:2`), versionNo: 2, signedOn: c.amendment.on, endsOn: c.amendment.endsOn, reason: c.amendment.reason }] : [v1];
  });
  await s.insertOnly("contractVersion", versions);

  const items = contracts.flatMap((c) =>
    c.schedule.map((i) => ({
      id: uuidFrom(`schedule:${c.key}:${i.seq}`),
      contractId: byKey.get(c.key)!,
      seq: i.seq,
      kind: i.kind,
      shareBp: i.shareBp,
      amount: i.amount,
      condition: i.condition,
      dueOn: i.seq === 1 && !i.afterAcceptance ? addDays(c.signedOn, 15) : null,
      documents: i.documents,
      afterAcceptance: i.afterAcceptance,
      advanceRuleId: i.ruleId,
    })),
  );
  await s.upsert("paymentScheduleItem", items, { key: (r) => k(r.contractId, r.seq), where: { contractId: { in: [...byKey.values()] } } });
  return byKey;
}
