// The report aggregate (LedgerMonthTotal, docs/decisions/030) equals the ledger it sums, on the
// seeded database and after new entries and a reversal: the trigger keeps it in the same
// transaction as each insert.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { recordLedgerEntry, reverseLedgerEntry } from "../../lib/disbursements/mutations";
import { entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb } from "./db";

let cuc: Actor;
let kcqg: string;
let world: Awaited<ReturnType<typeof provinceWorld>>;

beforeAll(async () => {
  kcqg = (await referenceBasics(testDb())).kcqg.id;
  await ledgerRules(testDb());
  world = await provinceWorld(testDb(), "Tỉnh Tổng Hợp");
  cuc = await cucStaff(testDb());
});

type Diff = { n: bigint };
async function differences(): Promise<number> {
  const [row] = await testDb().$queryRaw<Diff[]>`
    SELECT count(*) AS n FROM (
      (SELECT "year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries FROM "LedgerMonthTotal" WHERE entries > 0
       EXCEPT SELECT "year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries FROM "LedgerMonthTotalFromRecords")
      UNION ALL
      (SELECT "year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries FROM "LedgerMonthTotalFromRecords"
       EXCEPT SELECT "year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries FROM "LedgerMonthTotal")
    ) d`;
  return Number(row!.n);
}

describe("LedgerMonthTotal", () => {
  it("follows every insert and reversal in the same transaction, key by key", async () => {
    const projectId = await ledgerProject(testDb(), world, { fundingSourceId: kcqg, approved: 300n * TRIEU });
    const contractId = await signedContract(testDb(), projectId, { partyAId: cuc.organisationId, partyBId: world.centreOrg.id, value: 200n * TRIEU });
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "40"));
    const refund = await recordLedgerEntry(cuc, entry(contractId, "REFUND", "10"));
    await reverseLedgerEntry(cuc, { entryId: refund.id, occurredOn: "2026-11-03", voucherRef: `DC-${randomUUID().slice(0, 6)}`, reason: "Ghi nhầm", idempotencyKey: randomUUID() });
    const sum = async (kind: "ADVANCE" | "REFUND") => {
      const rows = await testDb().ledgerMonthTotal.findMany({ where: { implementerId: world.centreOrg.id, kind } });
      return [rows.reduce((a, r) => a + r.amount, 0n), rows.reduce((a, r) => a + r.entries, 0)];
    };
    expect(await sum("ADVANCE")).toEqual([40n * TRIEU, 1]);
    expect(await sum("REFUND")).toEqual([0n, 2]);
    expect(await differences()).toBe(0);
  });
});
