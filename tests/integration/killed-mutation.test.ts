// A server killed with SIGKILL in the middle of a large Mẫu 2 import leaves nothing behind: the
// import runs in one transaction, and PostgreSQL rolls it back when the connection dies. The import
// runs in a child process, killed once its transaction has written (pg_stat_activity.backend_xid).
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inject, expect, test } from "vitest";
import { facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { goodRow, mau2File } from "../fixtures/xlsx/mau-2-file";
import { testDb } from "./db";

const db = testDb;
const APP_NAME = `kc_killed_import_${process.pid}`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sessions(writing: boolean): Promise<number> {
  const [row] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = ${APP_NAME} AND (${!writing} OR backend_xid IS NOT NULL)`;
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

  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("application_name", APP_NAME);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "killed/commit-mau-2.ts")], {
    env: { ...process.env, DATABASE_URL: url.toString(), KC_KILLED_ACTOR: JSON.stringify(w.centre), KC_KILLED_FILE: file },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let finished = false;
  void exited.then(() => (finished = true));

  const caughtWriting = await eventually(async () => finished || (await sessions(true)) > 0);
  expect(finished, `the import ended before it could be killed: ${output}`).toBe(false);
  expect(caughtWriting).toBe(true);
  child.kill("SIGKILL");
  await exited;
  // The server notices the dead connection and rolls the transaction back; wait for the session to go.
  expect(await eventually(async () => (await sessions(false)) === 0)).toBe(true);

  expect(await counts()).toEqual(before);
  expect(await db().project.count({ where: { title: { startsWith: "Đề án bị ngắt số" } } })).toBe(0);
});
