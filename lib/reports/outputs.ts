import "server-only";
// Output counts and outcome indicators of the đề án a report covers (docs/decisions/030).
import type { Tx } from "../db/client";
import type { Fact } from "./facts";
import type { Outcome, OutcomeKey, ReportQuery } from "./types";

/** Extra facts carrying output counts from budget lines (filled in below). */
export async function loadOutputs(_client: Tx, _query: ReportQuery, _facts: Fact[]): Promise<Fact[]> {
  return [];
}

export async function loadOutcomes(_client: Tx, _query: ReportQuery, _facts: Fact[]): Promise<{ fact: Fact; outcomes: Partial<Record<OutcomeKey, Outcome>> }[]> {
  return [];
}
