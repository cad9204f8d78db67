// Where a đề án ends up and when it got there. The final status depends on the plan year's age
// (old years all closed, the current year spread over the workflow, next year's in registration);
// each step's date follows the programme calendar (dossiers in spring of the year before,
// appraisal in autumn, plan in December–January, contracts in spring, acceptance in autumn,
// settlement at the turn of the year).
import type { ProjectStatus } from "../../lib/db/generated/enums";
import { dayNo, type DayNo } from "./days";
import { Weighted, type Random } from "./random";

/** The generator's "today": fixed, so a seed gives the same data whenever it runs. */
export const TODAY: DayNo = dayNo(2026, 12, 1);
export const CURRENT_YEAR = 2026;

export type Step = { to: ProjectStatus; from: ProjectStatus | null; on: DayNo };
export type Life = { status: ProjectStatus; steps: Step[]; endYear: number; on: Partial<Record<ProjectStatus, DayNo>> };

type Final = ProjectStatus | "REJECTED_EARLY";
const mix = (pairs: [Final, number][]) => new Weighted(pairs);
const MIX_OLD = mix([["LIQUIDATED", 89], ["STOPPED", 3], ["REJECTED_BY_SCT", 3], ["REJECTED_BY_CUC", 5]]);
const MIX_RECENT = mix([["LIQUIDATED", 84], ["SETTLED", 5], ["STOPPED", 3], ["REJECTED_BY_SCT", 3], ["REJECTED_BY_CUC", 5]]);
const MIX_LAST = mix([["LIQUIDATED", 60], ["SETTLED", 18], ["ACCEPTED", 4], ["CARRIED_OVER", 4], ["STOPPED", 2], ["REJECTED_BY_SCT", 4], ["REJECTED_BY_CUC", 5], ["IN_PLAN", 0]]);
const MIX_CURRENT = mix([
  ["LIQUIDATED", 4], ["SETTLED", 8], ["ACCEPTED", 27], ["IN_PROGRESS", 31], ["CARRIED_OVER", 4], ["CONTRACTED", 6], ["IN_PLAN", 3], ["GROUP_PLAN_APPROVED", 1],
  ["STOPPED", 2], ["REJECTED_BY_SCT", 3], ["REJECTED_BY_CUC", 5], ["RETURNED_BY_CUC", 1],
]);
const MIX_NEXT = mix([["DRAFT", 12], ["SUBMITTED_TO_SCT", 18], ["RETURNED_BY_SCT", 6], ["APPROVED_BY_SCT", 14], ["REGISTERED", 22], ["UNDER_CUC_APPRAISAL", 23], ["REJECTED_BY_SCT", 5]]);

function finalFor(rng: Random, year: number): Final {
  if (year > CURRENT_YEAR) return MIX_NEXT.pick(rng);
  if (year === CURRENT_YEAR) return MIX_CURRENT.pick(rng);
  if (year === CURRENT_YEAR - 1) return MIX_LAST.pick(rng);
  if (year >= CURRENT_YEAR - 3) return MIX_RECENT.pick(rng);
  return MIX_OLD.pick(rng);
}

const ORDER: ProjectStatus[] = ["DRAFT", "SUBMITTED_TO_SCT", "APPROVED_BY_SCT", "REGISTERED", "UNDER_CUC_APPRAISAL", "APPROVED_BY_CUC", "IN_PLAN", "GROUP_PLAN_APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED", "LIQUIDATED"];

/** The life of one đề án of `year`; `direct` for implementers that register with the Cục directly, `group` for group đề án. */
export function lifeOf(rng: Random, year: number, o: { direct: boolean; group: boolean }): Life {
  const final = finalFor(rng, year);
  const current = year === CURRENT_YEAR;
  const steps: Step[] = [];
  const on: Partial<Record<ProjectStatus, DayNo>> = {};
  let last: ProjectStatus | null = null;
  let day = dayNo(year - 1, 3, 1) + rng.int(0, 75);
  if (year > CURRENT_YEAR) day = dayNo(year - 1, 3, 1) + rng.int(0, 60);
  const go = (to: ProjectStatus, at: DayNo, comment = false) => {
    day = Math.max(at, day);
    steps.push({ from: last, to, on: day });
    on[to] = day;
    last = to;
    void comment;
  };
  const returns = rng.chance(0.12);
  go("DRAFT", day);
  if (final === "DRAFT") return { status: "DRAFT", steps, endYear: year, on };
  if (!o.direct) {
    go("SUBMITTED_TO_SCT", day + rng.int(5, 30));
    if (final === "SUBMITTED_TO_SCT") return { status: final, steps, endYear: year, on };
    if (returns || final === "RETURNED_BY_SCT") {
      go("RETURNED_BY_SCT", day + rng.int(5, 15));
      if (final === "RETURNED_BY_SCT") return { status: final, steps, endYear: year, on };
      go("SUBMITTED_TO_SCT", day + rng.int(5, 15));
    }
    if (final === "REJECTED_BY_SCT") {
      go("REJECTED_BY_SCT", day + rng.int(10, 25));
      return { status: final, steps, endYear: year, on };
    }
    go("APPROVED_BY_SCT", day + rng.int(10, 25));
    if (final === "APPROVED_BY_SCT") return { status: final, steps, endYear: year, on };
  } else if (final === "REJECTED_BY_SCT" || final === "SUBMITTED_TO_SCT" || final === "RETURNED_BY_SCT" || final === "APPROVED_BY_SCT") {
    // A centre's đề án goes straight to the Cục: these become registered ones.
    go("REGISTERED", Math.min(day + rng.int(20, 60), dayNo(year - 1, 6, 15)));
    return { status: "REGISTERED", steps, endYear: year, on };
  }
  go("REGISTERED", Math.min(day + rng.int(3, 15), dayNo(year - 1, 6, 15)));
  if (final === "REGISTERED") return { status: final, steps, endYear: year, on };
  go("UNDER_CUC_APPRAISAL", dayNo(year - 1, 7, 1) + rng.int(0, 60));
  if (final === "UNDER_CUC_APPRAISAL") return { status: final, steps, endYear: year, on };
  if (final === "RETURNED_BY_CUC") {
    go("RETURNED_BY_CUC", day + rng.int(20, 60));
    return { status: final, steps, endYear: year, on };
  }
  if (final === "REJECTED_BY_CUC") {
    go("REJECTED_BY_CUC", day + rng.int(30, 80));
    return { status: final, steps, endYear: year, on };
  }
  go("APPROVED_BY_CUC", day + rng.int(30, 80));
  go("IN_PLAN", dayNo(year - 1, 12, 10) + rng.int(0, 40));
  if (final === "IN_PLAN" || (final === "GROUP_PLAN_APPROVED" && !o.group)) return { status: "IN_PLAN", steps, endYear: year, on };
  if (o.group) {
    go("GROUP_PLAN_APPROVED", day + rng.int(15, 45));
    if (final === "GROUP_PLAN_APPROVED") return { status: final, steps, endYear: year, on };
  }
  go("CONTRACTED", Math.max(day + rng.int(10, 40), dayNo(year, 2, 1) + rng.int(0, 70)));
  const stopEarly = final === "STOPPED" && rng.chance(0.3);
  if (final === "CONTRACTED" || stopEarly) {
    if (stopEarly) go("STOPPED", day + rng.int(30, 90));
    return { status: final, steps, endYear: year, on };
  }
  go("IN_PROGRESS", day + rng.int(5, 20));
  if (final === "IN_PROGRESS") return { status: final, steps, endYear: year, on };
  if (final === "STOPPED") {
    go("STOPPED", day + rng.int(60, 150));
    return { status: final, steps, endYear: year, on };
  }
  let endYear = year;
  if (final === "CARRIED_OVER") {
    go("CARRIED_OVER", dayNo(year, 11, 15) + rng.int(0, 10));
    if (current) return { status: final, steps, endYear: year + 1, on };
    // Last year's carried-over đề án resume and are still running this year.
    go("IN_PROGRESS", dayNo(year + 1, 1, 5) + rng.int(0, 20));
    return { status: "IN_PROGRESS", steps, endYear: year + 1, on };
  }
  go("ACCEPTED", current ? dayNo(year, 7, 10) + rng.int(0, 120) : dayNo(year, 8, 20) + rng.int(0, 100));
  if (final === "ACCEPTED") return { status: final, steps, endYear, on };
  go("SETTLED", current ? Math.min(day + rng.int(10, 40), TODAY - 4) : Math.max(day + 15, dayNo(year, 12, 5) + rng.int(0, 80)));
  if (final === "SETTLED") return { status: final, steps, endYear, on };
  go("LIQUIDATED", current ? Math.min(day + rng.int(2, 20), TODAY - 1) : day + rng.int(10, 45));
  endYear = year;
  return { status: "LIQUIDATED", steps, endYear, on };
}

export const reached = (life: Life, s: ProjectStatus): boolean => life.on[s] !== undefined;
export const isAfterContract = (s: ProjectStatus): boolean => ORDER.indexOf(s) >= ORDER.indexOf("CONTRACTED") || s === "STOPPED" || s === "CARRIED_OVER";
