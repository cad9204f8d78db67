// Acceptance missing while the year ends: a đề án whose last year is the reporting year, still
// being carried out (in the plan, contracted or in progress) with no nghiệm thu recorded, when
// fewer than N days are left until 31 December (N a parameter, default 30; after the year's end
// the days left are negative and the flag stays until acceptance, a stop or a carry-over).
import { calendarDay, daysBetween, type CalendarDay } from "../../calendar";
import { formatDate } from "../../format";
import { message } from "../../i18n/messages";
import { projectHref } from "../links";
import type { RedFlag } from "../types";

export const OPEN_STATUSES = ["IN_PLAN", "GROUP_PLAN_APPROVED", "CONTRACTED", "IN_PROGRESS"] as const;

export type ProjectAcceptanceFact = { id: string; code: string; title: string; status: string; endYear: number; provinceId: string | null; acceptances: number; supportAmount: bigint };

export const DEFAULT_ACCEPTANCE_DAYS = 30;

export function acceptanceMissing(projects: readonly ProjectAcceptanceFact[], year: number, today: CalendarDay, days: number): RedFlag[] {
  const yearEnd = calendarDay(year, 12, 31);
  const left = daysBetween(today, yearEnd);
  if (left >= days) return [];
  return projects.flatMap((p): RedFlag[] => {
    if (p.endYear !== year || p.acceptances > 0 || !(OPEN_STATUSES as readonly string[]).includes(p.status)) return [];
    return [{
      rule: "acceptance-missing",
      subjectKey: `Project:${p.id}:${year}`,
      provinceId: p.provinceId,
      detail: message(left >= 0 ? "redFlags.detail.acceptanceMissing" : "redFlags.detail.acceptanceMissingAfterYear", { code: p.code, days: Math.abs(left), yearEnd: formatDate(yearEnd, true) }),
      links: [{ kind: "project", href: projectHref(p.id), label: p.code }],
      amount: p.supportAmount,
    }];
  });
}
