// Checks of the seeded demo data that need more than one query: replaying each contract's ledger
// through the ledger invariants in the order it was recorded, and running the "Checking SQL" of
// docs/demo-data.md against the figures its comments publish.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import type { LedgerKind, ProjectStatus } from "../../lib/db/generated/enums";
import { formatIsoDay, parseCalendarDate, vietnamDayOf, vietnamToday } from "../../lib/calendar";
import { ledgerViolations, sumsAfter, type LedgerState } from "../../lib/disbursements/invariants";
import type { LedgerSums } from "../../lib/disbursements/measures";
import { strictestAdvanceRule } from "../../lib/disbursements/advance-rules";

type Entry = { contractId: string; number: string; value: string; signedOn: string; source: string; status: LedgerState["contract"]["status"]; projectId: string; code: string; kind: LedgerKind; amount: string; occurredOn: string; recordedAt: Date; fund: string };

/** Every violation found replaying the seeded ledger contract by contract, as "contract: key". */
export async function ledgerReplayViolations(sql: pg.Client): Promise<string[]> {
  const entries = (await sql.query<Entry>(`
    SELECT c.id AS "contractId", c.number, c.value::text, c."signedOn"::text AS "signedOn", c.status, pf.code AS source, p.id AS "projectId", p.code, l.kind, l.amount::text, l."occurredOn"::text AS "occurredOn", l."recordedAt", f.code AS fund
    FROM "LedgerEntry" l JOIN "Contract" c ON c.id = l."contractId" JOIN "Project" p ON p.id = c."projectId" JOIN "FundingSource" f ON f.id = l."fundingSourceId" JOIN "FundingSource" pf ON pf.id = p."fundingSourceId"
    ORDER BY c.id, f.code, l."recordedAt", l.id`)).rows;
  const group = async <T extends { id: string }>(query: string) => {
    const map = new Map<string, T[]>();
    for (const row of (await sql.query<T>(query)).rows) map.set(row.id, [...(map.get(row.id) ?? []), row]);
    return map;
  };
  const transitions = await group<{ id: string; to: ProjectStatus; at: Date }>(`SELECT "projectId" AS id, "toStatus" AS to, at FROM "ProjectTransition" ORDER BY at`);
  // Unlocking acceptances only (lib/acceptance/unlock.ts), with their accepted value.
  const acceptances = await group<{ id: string; on: string; value: string }>(`SELECT "projectId" AS id, "acceptedOn"::text AS on, "acceptedValue"::text AS value FROM "Acceptance" WHERE NOT "forceMajeure" OR "confirmedAt" IS NOT NULL`);
  const progress = await group<{ id: string; on: string; completed: string }>(`SELECT "projectId" AS id, ("confirmedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS on, "completedValue"::text AS completed FROM "ProgressReport" WHERE "confirmedAt" IS NOT NULL ORDER BY "periodMonth"`);
  const contents = await group<{ id: string; code: string }>(`SELECT pc."projectId" AS id, cc.code FROM "ProjectContent" pc JOIN "ContentCategory" cc ON cc.id = pc."contentCategoryId"`);
  const rules = (await sql.query<{ code: string; contentCode: string | null; firstAdvanceBp: number; firstAdvanceAfterAcceptance: boolean; advanceCapBp: number; validFrom: string; validTo: string | null }>(
    `SELECT code, "contentCode", "firstAdvanceBp", "firstAdvanceAfterAcceptance", "advanceCapBp", "validFrom"::text AS "validFrom", "validTo"::text AS "validTo" FROM "AdvanceRule"`)).rows;
  // The contract's status on the voucher day: signed until its liquidation or the đề án's stop.
  const ends = await group<{ id: string; on: string }>(`SELECT "contractId" AS id, "liquidatedOn"::text AS on FROM "Liquidation" UNION ALL SELECT c.id, s."stoppedOn"::text FROM "ProjectStop" s JOIN "Contract" c ON c."projectId" = s."projectId"`);
  const closings = await group<{ id: string; year: number; closedOn: string }>(`SELECT "contractId" AS id, year, "closedOn"::text AS "closedOn" FROM "LedgerYearClosing"`);
  // The cap in force: the strictest rule among the đề án's contents, else the general rule (lib/disbursements/state.ts).
  const caps = new Map((await sql.query<{ id: string; cap: number }>(`
    SELECT p.id, coalesce(min(r."advanceCapBp"), (SELECT min("advanceCapBp") FROM "AdvanceRule" WHERE "contentCode" IS NULL))::int AS cap
    FROM "Project" p LEFT JOIN "ProjectContent" pc ON pc."projectId" = p.id LEFT JOIN "ContentCategory" cc ON cc.id = pc."contentCategoryId"
    LEFT JOIN "AdvanceRule" r ON r."contentCode" = cc.code GROUP BY p.id`)).rows.map((r) => [r.id, r.cap]));

  const out: string[] = [];
  const sums = new Map<string, LedgerSums>();
  for (const e of entries) {
    const on = parseCalendarDate(e.occurredOn);
    const recordedDay = formatIsoDay(vietnamDayOf(e.recordedAt));
    const statusOn = (transitions.get(e.projectId) ?? []).filter((t) => vietnamDayOf(t.at) <= on).pop()?.to ?? "DRAFT";
    const key = `${e.contractId}|${e.fund}`;
    const accepted = (acceptances.get(e.projectId) ?? []).filter((a) => a.on <= e.occurredOn);
    const inForce = rules.filter((r) => r.validFrom <= e.occurredOn && (!r.validTo || r.validTo > e.occurredOn));
    const rule = strictestAdvanceRule(inForce, (contents.get(e.projectId) ?? []).map((c) => c.code));
    const confirmed = (progress.get(e.projectId) ?? []).filter((r) => r.on <= e.occurredOn).pop();
    const counterpart = e.fund === "COUNTERPART";
    const state: LedgerState = {
      today: vietnamToday(),
      contract: { number: e.number, status: e.status !== "DRAFT" && (ends.get(e.contractId) ?? []).every((x) => x.on > e.occurredOn) ? "SIGNED" : e.status, signedOn: parseCalendarDate(e.signedOn), value: BigInt(e.value) },
      project: { code: e.code, status: statusOn },
      source: { code: e.fund, project: e.source },
      accepted: accepted.length > 0,
      acceptedValue: accepted.reduce((sum, a) => sum + BigInt(a.value), 0n),
      counterpart,
      firstAdvanceBp: counterpart ? 10_000 : (rule?.firstAdvanceBp ?? 0),
      firstAdvanceAfterAcceptance: !counterpart && (rule?.firstAdvanceAfterAcceptance ?? false),
      confirmedCompleted: confirmed ? BigInt(confirmed.completed) : null,
      advanceCapBp: caps.get(e.projectId)!,
      closedYears: (closings.get(e.contractId) ?? []).filter((c) => c.closedOn < recordedDay).map((c) => c.year),
      sums: sums.get(key) ?? {},
    };
    const change = { kind: e.kind, amount: BigInt(e.amount), reversal: false, occurredOn: on };
    for (const v of ledgerViolations(state, change)) out.push(`${e.number} (${e.code}) ${e.kind} ${e.occurredOn}: ${v.key}`);
    sums.set(key, sumsAfter(state.sums, change));
  }
  return out;
}

/** Each statement of docs/demo-data.md "Checking SQL" whose last comment line publishes values ("-- label: a | b"). */
export async function docsFigures(sql: pg.Client): Promise<{ label: string; expected: string[]; actual: string[] }[]> {
  const doc = readFileSync(path.join(import.meta.dirname, "../../docs/demo-data.md"), "utf8");
  const block = /### Checking SQL[\s\S]*?```sql\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error("docs/demo-data.md has no Checking SQL block");
  const out: { label: string; expected: string[]; actual: string[] }[] = [];
  for (const statement of block.split(/;\s*\n/).map((x) => x.trim()).filter(Boolean)) {
    const result = await sql.query({ text: statement, rowMode: "array" });
    const published = /^--\s*([^:\n]+):\s*([\d\s|]+)$/.exec(statement.split("\n").filter((l) => l.startsWith("--")).pop() ?? "");
    if (!published) continue;
    out.push({ label: published[1]!.trim(), expected: published[2]!.split("|").map((x) => x.trim()), actual: (result.rows[0] as unknown[]).map(String) });
  }
  return out;
}
