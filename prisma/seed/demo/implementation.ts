// Progress reports (Mẫu 3b, monthly from the start of work to acceptance, cumulative per budget
// line) and acceptances (Mẫu 5b; 5a per beneficiary for group đề án; one 5c by the Cục) of the demo
// đề án, consistent with their status history and ledger (TT 36/2013 Điều 14, 21, 23.3.a).
import type { AcceptanceForm } from "../../../lib/db/generated/enums";
import { addDays, day, monthOfDay, Rng, sum, yearOfDay } from "../../factories";
import type { Parties } from "./parties";
import { DEMO_TODAY } from "./projects";
import { dateOf } from "./timeline";
import type { LineSpec, ProjectSpec } from "./types";

const DAY = 86_400_000;


/** Net money out on the đề án (advance + payment − refund), the amount accepted when work was accepted. */
export function executedOf(p: ProjectSpec): bigint {
  return sum(p.ledger.map((e) => (e.kind === "REFUND" ? -e.amount : e.kind === "ADVANCE" || e.kind === "PAYMENT" ? e.amount : 0n)));
}

export type ProgressLine = { lineNo: number; line: LineSpec; done: string; cost: bigint };
export type ProgressSpec = { project: ProjectSpec; month: Date; reportedOn: Date; completionBp: number; lines: ProgressLine[]; submittedBy?: string; confirmedBy?: string; confirmedAt: Date | null };

const monthStart = (d: Date): Date => day(`${monthOfDay(d)}-01`);
/** The first of the next month: 31 days after the first of a month is always in the next one. */
const nextMonth = (d: Date): Date => monthStart(addDays(monthStart(d), 31));
const quantityAt = (q: number, bp: number) => ((q * bp) / 10_000).toFixed(2);
const sameMonth = (a: Date, b: Date) => monthOfDay(a) === monthOfDay(b);

/** Monthly reports from the start of work to acceptance (or stop, or the demo's today). `skipLast`: the last month is missing (overdue). */
export function progressReports(p: ProjectSpec, rng: Rng, skipLast: boolean, who: Parties): ProgressSpec[] {
  const started = dateOf(p.transitions, "IN_PROGRESS");
  if (!started) return [];
  const accepted = dateOf(p.transitions, "ACCEPTED");
  const end = accepted ?? dateOf(p.transitions, "STOPPED") ?? DEMO_TODAY;
  const carried = dateOf(p.transitions, "CARRIED_OVER");
  let planned = accepted ?? day(carried ? `${p.planYear + 1}-06-30` : `${p.endYear}-10-31`);
  if (planned.getTime() <= DEMO_TODAY.getTime() && !accepted) planned = addDays(DEMO_TODAY, 60);
  const savings = sum(p.lines.map((l) => l.support)) - executedOf(p);
  const out: ProgressSpec[] = [];
  for (let m = monthStart(started); m.getTime() <= end.getTime(); m = nextMonth(m)) {
    const first = out.length === 0;
    let reportedOn = first ? started : addDays(m, rng.int(14, 21));
    // The acceptance month's report is the final one, on the day of acceptance.
    if (reportedOn.getTime() > end.getTime() || (accepted && sameMonth(m, accepted))) reportedOn = end;
    if (!first && reportedOn.getTime() <= out[out.length - 1]!.reportedOn.getTime()) continue;
    const final = accepted !== undefined && reportedOn.getTime() === accepted.getTime();
    const elapsed = (reportedOn.getTime() - started.getTime()) / DAY + 20;
    const bp = final ? 10_000 : Math.max(500, Math.min(9_500, Math.round((elapsed / ((planned.getTime() - started.getTime()) / DAY + 20)) * 10_000)));
    const lines = p.lines.map((l, i) => {
      const cost = final ? l.totalCost - (i === 0 && savings > 0n ? savings : 0n) : ((l.totalCost * BigInt(bp)) / 10_000n / 1_000n) * 1_000n;
      return { lineNo: i + 1, line: l, done: quantityAt(l.quantity, bp), cost };
    });
    const sct = who.sctUser(p, reportedOn);
    const confirmedAt = new Date(reportedOn.getTime() + rng.int(2, 4) * DAY + 9 * 3_600_000);
    const confirmed = confirmedAt.getTime() <= DEMO_TODAY.getTime() + 16 * 3_600_000;
    out.push({ project: p, month: m, reportedOn, completionBp: bp, lines, submittedBy: who.implementerUser(p, reportedOn), confirmedBy: confirmed ? sct : undefined, confirmedAt: confirmed ? confirmedAt : null });
    if (final) break;
  }
  return skipLast && !accepted && out.length > 1 ? out.slice(0, -1) : out;
}

export type AcceptanceLineSpec = { lineNo: number; line: LineSpec; support: bigint };
export type AcceptanceSpec = { key: string; project: ProjectSpec; form: AcceptanceForm; organiser: string; acceptedOn: Date; beneficiary: string | null; location: string; lines: AcceptanceLineSpec[]; recordedBy?: string };

/** Support accepted per budget line: the support less any savings (taken from the largest lines first). */
function acceptedLines(p: ProjectSpec, value: bigint): AcceptanceLineSpec[] {
  const lines = p.lines.map((line, i) => ({ lineNo: i + 1, line, support: line.support }));
  let savings = sum(lines.map((l) => l.support)) - value;
  for (const l of [...lines].sort((a, b) => Number(b.support - a.support))) {
    const cut = savings < l.support ? savings : l.support;
    l.support -= cut;
    savings -= cut;
  }
  return lines;
}

/** Splits accepted lines in two at `first` đồng (an interim acceptance of a multi-year đề án). */
function splitLines(lines: AcceptanceLineSpec[], first: bigint): [AcceptanceLineSpec[], AcceptanceLineSpec[]] {
  const total = sum(lines.map((l) => l.support));
  const a = lines.map((l) => ({ ...l, support: (l.support * first) / total }));
  a[a.length - 1]!.support += first - sum(a.map((l) => l.support));
  return [a, lines.map((l, i) => ({ ...l, support: l.support - a[i]!.support }))];
}

export function acceptances(p: ProjectSpec, who: Parties): AcceptanceSpec[] {
  const acceptedOn = dateOf(p.transitions, "ACCEPTED");
  if (!acceptedOn) return [];
  const lines = acceptedLines(p, executedOf(p));
  const base = { project: p, organiser: who.sct(p, acceptedOn), recordedBy: who.sctUser(p, acceptedOn), beneficiary: null, location: p.locationText };
  if (p.kind === "GROUP") {
    const taxCodes = [...new Set(lines.filter((l) => l.line.facility).map((l) => l.line.facility!.taxCode))];
    return taxCodes.map((taxCode, i) => {
      const own = lines.filter((l) => l.line.facility?.taxCode === taxCode);
      const f = own[0]!.line.facility!;
      return { ...base, key: `${p.code}:5a:${taxCode}`, form: "MAU_5A" as const, acceptedOn: addDays(acceptedOn, -2 * (taxCodes.length - 1 - i)), beneficiary: taxCode, location: `${f.name}, ${f.addressLine}`, lines: own };
    });
  }
  // A multi-year đề án paid its first year's volume after an interim acceptance; the Cục accepts the whole at the end (Mẫu 5c).
  const firstPayment = p.ledger.find((e) => e.kind === "PAYMENT");
  if (p.endYear > p.planYear && firstPayment && firstPayment.on.getTime() < acceptedOn.getTime()) {
    const year = yearOfDay(firstPayment.on);
    const firstYear = sum(p.ledger.filter((e) => yearOfDay(e.on) === year && (e.kind === "ADVANCE" || e.kind === "PAYMENT")).map((e) => e.amount));
    const [a, b] = splitLines(lines, firstYear);
    return [
      { ...base, key: `${p.code}:5b:${year}`, form: "MAU_5B", acceptedOn: addDays(firstPayment.on, -10), lines: a },
      { ...base, key: `${p.code}:5c`, form: "MAU_5C", organiser: "CUC", recordedBy: undefined, acceptedOn, lines: b },
    ];
  }
  return [{ ...base, key: `${p.code}:5b`, form: "MAU_5B", acceptedOn, lines }];
}
