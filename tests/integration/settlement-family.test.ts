// Approving the settlement of a task assignment clears the advances of the support contracts under
// it too: they are programme money (decision 021), so an advance a regional centre paid a
// beneficiary must not stay outstanding after the đề án is settled.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { recordAcceptance } from "../../lib/acceptance/mutations";
import { recordLedgerEntry } from "../../lib/disbursements/mutations";
import { unsafeLedgerMeasures } from "../../lib/disbursements/queries";
import { decideSettlement, submitSettlement } from "../../lib/settlement/mutations";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { acceptanceInput, generalAdvanceRule, runningProject } from "../fixtures/implementation-world";
import { testDb as db } from "./db";

const TRIEU = 1_000_000n;
let kcqgId: string;
let cuc: Actor;
let a: Awaited<ReturnType<typeof provinceWorld>>;

beforeAll(async () => {
  ({ kcqg: { id: kcqgId } } = await referenceBasics(db()));
  await generalAdvanceRule(db());
  await db().implementationDeadline.upsert({
    where: { code_validFrom: { code: "SETTLEMENT_DOSSIER", validFrom: day("2014-02-10") } },
    update: {},
    create: { code: "SETTLEMENT_DOSSIER", description: "test", status: "BASELINE", legalBasis: "TT 36/2013 Điều 18.1", validFrom: day("2014-02-10"), daysAfter: 15 },
  });
  a = await provinceWorld(db(), "Tỉnh Giao nhiệm vụ");
  cuc = await cucStaff(db());
});

it("clears the outstanding advance of the task assignment's support contracts on approval", async () => {
  const p = await runningProject(db(), a, { cucOrgId: cuc.organisationId, fundingSourceId: kcqgId, value: 150n * TRIEU });
  await db().contract.update({ where: { id: p.contractId }, data: { kind: "TASK_ASSIGNMENT" } });
  const support = await db().contract.create({
    data: { projectId: p.projectId, kind: "SUPPORT_CONTRACT", number: `HĐHT-${randomUUID().slice(0, 6)}`, signedOn: day("2026-06-10"), partyAId: a.centreOrg.id, beneficiaryId: p.beneficiaryIds[0], parentId: p.contractId, value: 100n * TRIEU, status: "SIGNED" },
    select: { id: true },
  });
  await recordLedgerEntry(a.centre, { contractId: support.id, kind: "ADVANCE", fundingSource: "KCQG", amount: "70", occurredOn: "2026-07-01", voucherRef: "UNC-01", idempotencyKey: randomUUID() });
  await recordAcceptance(a.sct, acceptanceInput(p));
  await submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150" });
  const approved = await decideSettlement(cuc, { projectId: p.projectId, decision: "APPROVE" });
  expect(approved.clearedAmount).toBe(70n * TRIEU);
  const m = await unsafeLedgerMeasures({ contractId: support.id });
  expect(m.settled).toBe(70n * TRIEU);
  expect(m.outstandingAdvance).toBe(0n);
});
