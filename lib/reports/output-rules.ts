// Output counts from budget lines (pure, docs/decisions/030): which content (continued code) and
// unit count as which output, the line's quantity being the count. A đề án with a line of the
// output's content in a unit the table does not know has that count "not derivable" (null, never
// 0); a đề án with no line of that content contributes 0. Facilities supported are the đề án's
// beneficiaries, not budget lines; đề án are counted from the plan.
import type { OutputKey } from "./types";

type Rule = { output: Exclude<OutputKey, "projects" | "facilities">; contents: string[]; units: string[] };

/** The classification table (units compared lower-case, trimmed). */
export const OUTPUT_RULES: readonly Rule[] = [
  { output: "models", contents: ["03.1"], units: ["mô hình"] },
  { output: "machines", contents: ["03.2"], units: ["cơ sở", "dây chuyền", "máy", "thiết bị", "bộ"] },
  { output: "cleanerProduction", contents: ["03.3"], units: ["mô hình", "cơ sở", "đánh giá"] },
  { output: "trainees", contents: ["01", "12"], units: ["học viên", "người", "lao động"] },
  { output: "booths", contents: ["04.2"], units: ["gian hàng"] },
  { output: "typicalProducts", contents: ["04.1"], units: ["sản phẩm"] },
  { output: "brands", contents: ["04.3"], units: ["thương hiệu", "nhãn hiệu"] },
];

/** Units a content's lines may carry that are not a count of its output (a workshop beside a model, a round of a contest). */
const NOT_A_COUNT: Record<string, string[]> = { "03.1": ["hội thảo"], "04.1": ["lần", "đề án"], "04.2": ["đề án"] };

export type BudgetLineForCount = { contentCode: string | null; unit: string; quantity: number };

/** The output counts of one đề án from its budget lines: a number, or null where a line of the output's content has an unknown unit. */
export function outputsOfLines(lines: readonly BudgetLineForCount[]): Partial<Record<Rule["output"], number | null>> {
  const out: Partial<Record<Rule["output"], number | null>> = {};
  for (const rule of OUTPUT_RULES) {
    let count: number | null = 0;
    for (const line of lines) {
      if (!line.contentCode || !rule.contents.includes(line.contentCode)) continue;
      const unit = line.unit.trim().toLowerCase();
      if (rule.units.includes(unit)) count = count === null ? null : count + line.quantity;
      else if (!(NOT_A_COUNT[line.contentCode] ?? []).includes(unit)) count = null;
    }
    out[rule.output] = count;
  }
  return out;
}
