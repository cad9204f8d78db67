// Fuzzing every server action (issue #11 §6), against real PostgreSQL in a database of its own so
// the row counts are this file's alone. Actions are discovered from the code (tests/security/
// discover.ts); inputs come from fast-check, shaped by each action's zod schema and the lib schemas
// named like it, with hostile leaves, and from anything-at-all values. Each action runs through its
// real parse → handler → error mapping (`invoke`) as four roles. Expected, for every case: the call
// resolves (no unhandled rejection), never answers UNEXPECTED (the 500 of an action), echoes no
// markup, and when every case of an action failed, no table gained or lost a row.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { rowCounts, useOwnDatabase } from "./own-database";
import { REFLECTED_MARKUP, inputsFor } from "../security/arbitraries";
import { discoverActions, discoverSchemas, schemasNamedLike, type DiscoveredAction, type DiscoveredSchema } from "../security/discover";
import { recordFigures } from "../security/figures";

// Outside a request Next's cache and cookies have no store; an action's revalidatePath or cookie is
// the framework's business, not the behaviour under test.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }), headers: async () => new Headers() }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let actors: [string, Actor][];
let ids: string[];
let actions: DiscoveredAction[];
let unwrapped: string[];
let schemas: DiscoveredSchema[];
let db: typeof import("../../lib/db/client").db;


/** How the cases ended, by result code: how deep the inputs reached past validation. */
const outcomes: Record<string, number> = {};
const totals = { cases: 0, actions: 0, unexpected: [] as string[], rejected: [] as string[], reflected: [] as string[], partial: [] as string[], succeeded: new Set<string>() };

beforeAll(async () => {
  // A database of this file's own, migrated, before anything opens the lib's client.
  await useOwnDatabase("fuzz");
  ({ db } = await import("../../lib/db/client"));
  const world = await import("../fixtures/world");
  const { norm } = await world.machineryNorm(db());
  const a = await world.provinceWorld(db(), "Tỉnh Thử Nghiệm A");
  const b = await world.provinceWorld(db(), "Tỉnh Thử Nghiệm B");
  const cuc = await world.cucStaff(db());
  const admin = await world.adminUser(db());
  const kcqg = await db().fundingSource.findUniqueOrThrow({ where: { code: "KCQG" } });
  const projectA = await world.draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqg.id });
  const projectB = await world.draftProject(db(), { implementerId: b.centreOrg.id, provinceId: b.current.id, fundingSourceId: kcqg.id, status: "SUBMITTED_TO_SCT" });
  const facilityA = await world.facility(db(), a.current.id);
  actors = [["SCT A", a.sct], ["centre A", a.centre], ["Cục", cuc], ["admin", admin]];
  ids = [projectA.id, projectB.id, facilityA.id, a.current.id, b.current.id, norm.id, a.centreOrg.id];
  ({ actions, unwrapped } = await discoverActions());
  schemas = await discoverSchemas();
}, 300_000);

afterAll(() => {
  console.log(`[fuzz] ${totals.cases} cases over ${totals.actions} server actions × ${actors?.length ?? 0} roles (seed ${SEED}, ${RUNS} runs each); unexpected ${totals.unexpected.length}, rejected ${totals.rejected.length}, reflected markup ${totals.reflected.length}, partial writes ${totals.partial.length}; outcomes ${Object.entries(outcomes).sort().map(([k, n]) => `${k} ${n}`).join(", ")}; actions that accepted some input: ${[...totals.succeeded].sort().join(", ") || "none"}`);
  recordFigures("fuzz-actions", {
    cases: totals.cases, actions: totals.actions, roles: actors?.length ?? 0, seed: SEED, runs: RUNS, outcomes,
    unexpected: totals.unexpected.length, rejected: totals.rejected.length, reflected: totals.reflected.length, partial: totals.partial.length,
    succeeded: [...totals.succeeded].sort(),
  });
});

describe("fuzzing every server action", () => {
  it("finds the actions, and every export of a \"use server\" module is a defined action", () => {
    expect(actions.length).toBeGreaterThan(40);
    expect(unwrapped).toEqual([]);
  });

  it("answers every random and hostile input with a result: no unexpected error, no rejection, no echoed markup, no partial write", async () => {
    for (const { key, name, action } of actions) {
      totals.actions += 1;
      const shaped = [action.schema, ...schemasNamedLike(name, schemas).map((s) => s.schema)];
      const before = await rowCounts(db());
      let accepted = false;
      for (const [role, actor] of actors) {
        await fc.assert(
          fc.asyncProperty(inputsFor(shaped, ids), async (input) => {
            totals.cases += 1;
            let result: Awaited<ReturnType<typeof action.invoke>>;
            try {
              result = await action.invoke(input, { locale: "vi", actor: async () => actor });
            } catch (error) {
              totals.rejected.push(`${key} as ${role}: ${String(error).slice(0, 200)}`);
              return;
            }
            const outcome = result.ok ? "OK" : result.code;
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
            if (result.ok) accepted = true;
            else {
              if (result.code === "UNEXPECTED") totals.unexpected.push(`${key} as ${role}: ${JSON.stringify(input)?.slice(0, 300)}`);
              const said = `${result.message} ${Object.values(result.fieldErrors ?? {}).join(" ")}`;
              if (REFLECTED_MARKUP.test(said)) totals.reflected.push(`${key} as ${role}: ${said.slice(0, 200)}`);
            }
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
      if (accepted) totals.succeeded.add(name);
      else {
        const after = await rowCounts(db());
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length) totals.partial.push(`${key}: ${changed.map((t) => `${t} ${before[t]}→${after[t]}`).join(", ")}`);
      }
    }
    expect(totals.rejected).toEqual([]);
    expect(totals.unexpected).toEqual([]);
    expect(totals.reflected).toEqual([]);
    expect(totals.partial).toEqual([]);
    expect(totals.cases).toBeGreaterThan(1000);
  }, 1_800_000);
});
