// A server killed with SIGKILL in the middle of a large Mẫu 2 import or a plan issue leaves nothing
// behind: each runs in one transaction, and PostgreSQL rolls it back when the connection dies. The
// mutation runs in a child process, killed once its transaction has written (pg_stat_activity.backend_xid).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, inject, expect, test } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { createPlan, includeApprovedProjects } from "../../lib/plans/assemble";
import { toSearchText } from "../../lib/search-text";
import { cucStaff, facility, machineryNorm, provinceWorld, referenceBasics } from "../fixtures/world";
import { goodRow, mau2File } from "../fixtures/xlsx/mau-2-file";
import { recordFigures } from "../security/figures";
import { testDb } from "./db";

/** What each kill left behind, for docs/reliability.md. */
const killed: { mutation: string; size: string; rowsBefore: unknown; rowsAfter: unknown; unchanged: boolean }[] = [];
afterAll(() => recordFigures("killed-mutation", { runs: killed }));

const db = testDb;
// Plan year 2077 is this file's own.
const YEAR = 2077;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sessions(appName: string, writing: boolean): Promise<number> {
  const [row] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = ${appName} AND (${!writing} OR backend_xid IS NOT NULL)`;
  return Number(row!.n);
}

/** Polls until `done` holds; false when it never did within `tries` polls (the test then fails on that). */
async function eventually(done: () => Promise<boolean>, tries = 3000): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await done()) return true;
    await pause(20);
  }
  return false;
}

/** Runs the mutation in a child process and SIGKILLs it once its transaction has written; returns when its session is gone. */
async function killMidTransaction(mutation: "mau-2" | "plan-issue", actor: Actor, input: string): Promise<void> {
  const appName = `kc_killed_${mutation}_${process.pid}`;
  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("application_name", appName);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "killed/run-mutation.ts")], {
    env: { ...process.env, DATABASE_URL: url.toString(), DATABASE_READ_URL: "", KC_KILLED_MUTATION: mutation, KC_KILLED_ACTOR: JSON.stringify(actor), KC_KILLED_INPUT: input },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let finished = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => ((finished = true), resolve())));

  const caughtWriting = await eventually(async () => finished || (await sessions(appName, true)) > 0);
  expect(finished, `the ${mutation} ended before it could be killed: ${output}`).toBe(false);
  expect(caughtWriting).toBe(true);
  child.kill("SIGKILL");
  await exited;
  // The server notices the dead connection and rolls the transaction back; wait for the session to go.
  expect(await eventually(async () => (await sessions(appName, false)) === 0)).toBe(true);
}

test("a Mẫu 2 import killed with SIGKILL mid-transaction leaves no row behind", async () => {
  await machineryNorm(db());
  const w = await provinceWorld(db(), "Tỉnh Bị Ngắt Giữa Chừng");
  const tax = (await facility(db(), w.current.id)).taxCode;
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "kc-killed-")), "mau-2.xlsx");
  await writeFile(file, await mau2File(Array.from({ length: 5000 }, (_, i) => goodRow(tax, { title: `Đề án bị ngắt số ${i + 1}`, totalCost: 100, supportAmount: 40 }))));
  const counts = async () => ({
    projects: await db().project.count({ where: { implementerId: w.centreOrg.id } }),
    transitions: await db().projectTransition.count({ where: { project: { implementerId: w.centreOrg.id } } }),
    audit: await db().auditLog.count({ where: { actorId: w.centre.userId } }),
  });
  const before = await counts();

  await killMidTransaction("mau-2", w.centre, file);

  const after = await counts();
  killed.push({ mutation: "Mẫu 2 import", size: "5 000 rows", rowsBefore: before, rowsAfter: after, unchanged: JSON.stringify(after) === JSON.stringify(before) });
  expect(after).toEqual(before);
  expect(await db().project.count({ where: { title: { startsWith: "Đề án bị ngắt số" } } })).toBe(0);
});

test("a plan issue killed with SIGKILL mid-transaction leaves the plan, its đề án and the decisions as they were", async () => {
  const sources = await referenceBasics(db());
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({ where: { year: YEAR }, update: {}, create: { year: YEAR, sctSubmissionDeadline: day(`${YEAR - 1}-05-20`), registrationDeadline: day(`${YEAR - 1}-06-15`), contentCatalogVersionId: catalog.id } });
  const w = await provinceWorld(db(), "Tỉnh Ban Hành Bị Ngắt");
  const cuc = await cucStaff(db());
  await db().project.createMany({
    data: Array.from({ length: 1500 }, (_, i) => {
      const title = `Đề án ban hành bị ngắt ${i + 1}`;
      return { code: `KILL-${randomUUID()}`, title, searchText: toSearchText(title), planYear: YEAR, endYear: YEAR, fundingSourceId: sources.kcqg.id, kind: "STANDARD" as const, status: "APPROVED_BY_CUC" as const, implementerId: w.centreOrg.id, provinceId: w.current.id, supportAmount: 1_000_000n, approvedAmount: 1_000_000n };
    }),
  });
  const { id: planId } = await createPlan(cuc, { year: YEAR, level: "NATIONAL", envelope: "500" });
  await includeApprovedProjects(cuc, { planId });
  const counts = async () => ({
    plan: await db().annualPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, version: true } }),
    versions: await db().planVersion.findMany({ where: { planId }, select: { versionNo: true, decisionId: true } }),
    byStatus: await db().project.groupBy({ by: ["status"], where: { implementerId: w.centreOrg.id }, _count: true }),
    transitions: await db().projectTransition.count({ where: { project: { implementerId: w.centreOrg.id } } }),
    audit: await db().auditLog.count({ where: { actorId: cuc.userId } }),
  });
  const before = await counts();
  expect(before.plan.status).not.toBe("ISSUED");

  await killMidTransaction("plan-issue", cuc, JSON.stringify({ planId, decision: { number: "77", symbol: "QĐ-BCT", issuedOn: "2026-03-10", signer: "Nguyễn Văn Ngắt" } }));

  const after = await counts();
  killed.push({ mutation: "plan issue", size: "1 500 đề án", rowsBefore: { transitions: before.transitions, audit: before.audit, versions: before.versions.length }, rowsAfter: { transitions: after.transitions, audit: after.audit, versions: after.versions.length }, unchanged: JSON.stringify(after) === JSON.stringify(before) });
  expect(after).toEqual(before);
});
