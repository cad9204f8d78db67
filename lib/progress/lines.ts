// Reading and checking the lines of a Mẫu 3b report against the đề án's budget and the reports
// of the neighbouring months. The figures are parsed before the transaction; the checks run
// inside it, on the locked đề án, so two edits of neighbouring months cannot both slip through.
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { DomainError, message } from "../errors";
import { formatMoney } from "../format";
import { parseMoneyField } from "../money";
import { formatQuantity, hundredthsOf, lineViolations, monthText, parseQuantity, type Hundredths } from "./rules";
import type { SubmitProgressInput } from "./schemas";

export type ParsedLine = { budgetLineId: string; done: Hundredths; cost: bigint };

/** Quantities (vi-VN decimals) and costs (triệu đồng), each refusal on its own field. */
export function parseLines(lines: SubmitProgressInput["lines"], budget: readonly BudgetLineRow[]): ParsedLine[] {
  const names = new Map(budget.map((b) => [b.id, b.item]));
  return lines.map((line, i) => {
    const item = names.get(line.budgetLineId) ?? "";
    const done = parseQuantity(line.doneQuantity);
    if (done === null) throw new DomainError("VALIDATION", "errors.progress.invalidQuantity", { value: line.doneQuantity, item }, { [`lines.${i}.doneQuantity`]: message("errors.progress.lineField") });
    const cost = parseMoneyField(line.costExecuted, `lines.${i}.costExecuted`, "trieu");
    if (cost < 0n) throw new DomainError("VALIDATION", "errors.progress.negativeCost", { item }, { [`lines.${i}.costExecuted`]: message("errors.progress.lineField") });
    return { budgetLineId: line.budgetLineId, done, cost };
  });
}

export type BudgetLineRow = { id: string; lineNo: number; item: string; unit: string; quantity: number; supportAmount: bigint; counterpartAmount: bigint };

/** The report covers every budget line of the đề án exactly once. */
export async function budgetLinesFor(tx: Tx, projectId: string, lines: readonly { budgetLineId: string }[]): Promise<BudgetLineRow[]> {
  const budget = await tx.projectBudgetLine.findMany({ where: { projectId }, orderBy: { lineNo: "asc" }, select: { id: true, lineNo: true, item: true, unit: true, quantity: true, supportAmount: true, counterpartAmount: true } });
  if (budget.length === 0) throw new DomainError("VALIDATION", "errors.progress.noLines");
  const known = new Set(budget.map((b) => b.id));
  const given = new Set(lines.map((l) => l.budgetLineId));
  if (lines.some((l) => !known.has(l.budgetLineId)) || given.size !== lines.length) throw new DomainError("VALIDATION", "errors.progress.unknownLine");
  const missing = budget.find((b) => !given.has(b.id));
  if (missing) throw new DomainError("VALIDATION", "errors.progress.missingLine", { item: missing.item });
  return budget;
}

type Neighbour = { periodMonth: Date; lines: { budgetLineId: string | null; doneQuantity: { toString(): string }; costExecuted: bigint }[] } | null;

function figuresOf(report: Neighbour): Map<string, { done: Hundredths; cost: bigint }> {
  return new Map((report?.lines ?? []).filter((l) => l.budgetLineId).map((l) => [l.budgetLineId as string, { done: hundredthsOf(l.doneQuantity), cost: l.costExecuted }]));
}

/** Refuses the first line whose cumulative figures go down, pass a later month, or exceed the line's budget. */
export async function checkCumulative(tx: Tx, projectId: string, month: CalendarDay, lines: readonly ParsedLine[], budget: readonly BudgetLineRow[]): Promise<void> {
  const select = { periodMonth: true, lines: { select: { budgetLineId: true, doneQuantity: true, costExecuted: true } } } as const;
  const previous = await tx.progressReport.findFirst({ where: { projectId, periodMonth: { lt: month } }, orderBy: { periodMonth: "desc" }, select });
  const next = await tx.progressReport.findFirst({ where: { projectId, periodMonth: { gt: month } }, orderBy: { periodMonth: "asc" }, select });
  const byId = new Map(budget.map((b) => [b.id, b]));
  const figures = lines.map((l) => ({ ...l, description: byId.get(l.budgetLineId)?.item ?? "" }));
  const caps = new Map(budget.map((b) => [b.id, { budgetLineId: b.id, support: b.supportAmount, counterpart: b.counterpartAmount }]));
  const [first] = lineViolations(
    figures,
    { previous: figuresOf(previous), next: figuresOf(next), previousMonth: previous ? monthText(previous.periodMonth) : "", nextMonth: next ? monthText(next.periodMonth) : "" },
    caps,
    { money: (v) => formatMoney(v, "trieu"), quantity: formatQuantity },
  );
  if (first) throw new DomainError("VALIDATION", first.key, first.params, { [`lines.${first.index}.${first.field}`]: message(first.key, first.params) });
}
