import "server-only";
// The red flags an actor may see for a year: every rule evaluated over facts loaded through the
// actor's scope, with the dismissals. Dismissed flags are hidden unless asked for, and then carry
// who dismissed them, when and why.
import type { Actor } from "../auth/actor";
import { coversProvince, isNational } from "../admin-units/scope";
import { vietnamToday, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import { contractAdvanceFacts, ledgerEntryFacts, periodicReportFacts, projectAcceptanceFacts, readDay, supportLineFacts, unsafeBudgetLineFacts } from "./facts";
import { unsafeImplementerMoneyFacts } from "./allocation-facts";
import { canReadRedFlags, rulesFor } from "./policy";
import type { RedFlagQuery } from "./query";
import { acceptanceMissing } from "./rules/acceptance-missing";
import { advanceAboveCap } from "./rules/advance-above-cap";
import { disbursementAboveAllocation } from "./rules/disbursement-above-allocation";
import { facilityCumulativeCap } from "./rules/facility-cumulative-cap";
import { fallingCumulative } from "./rules/falling-cumulative";
import { paymentBeforeContract } from "./rules/payment-before-contract";
import { unitCostOutliers } from "./rules/unit-cost-outlier";
import { RED_FLAG_RULES, type RedFlag, type RedFlagRule } from "./types";

export type Dismissal = { reason: string; dismissedAt: Date; dismissedBy: string };
export type ShownFlag = RedFlag & { dismissal: Dismissal | null };
export type RuleGroup = { rule: RedFlagRule; open: number; dismissed: number; flags: ShownFlag[] };
export type RedFlagList = { year: number; day: CalendarDay; groups: RuleGroup[]; open: number; dismissed: number };

async function evaluate(actor: Actor, rule: RedFlagRule, query: RedFlagQuery, today: CalendarDay): Promise<RedFlag[]> {
  const { year } = query;
  switch (rule) {
    case "payment-before-contract":
      return paymentBeforeContract(await ledgerEntryFacts(actor, year));
    case "advance-above-cap": {
      const { contracts, rules } = await contractAdvanceFacts(actor, year);
      return advanceAboveCap(contracts, rules);
    }
    case "acceptance-missing":
      return acceptanceMissing(await projectAcceptanceFacts(actor, year), year, today, query.acceptanceDays);
    case "facility-cumulative-cap":
      return facilityCumulativeCap(await supportLineFacts(actor, year));
    case "unit-cost-outlier":
      return unitCostOutliers(await unsafeBudgetLineFacts(year));
    case "falling-cumulative":
      return fallingCumulative(await periodicReportFacts(actor, year));
    case "disbursement-above-allocation": {
      const { units, sourcesWithAllocations } = await unsafeImplementerMoneyFacts(year, readDay(year, today));
      return disbursementAboveAllocation(units, sourcesWithAllocations);
    }
  }
}

/** A flag is shown only within the actor's provinces (a national subject only to national readers). */
function inScope(actor: Actor, flag: RedFlag): boolean {
  if (isNational(actor)) return true;
  return flag.provinceId !== null && coversProvince(actor, flag.provinceId);
}

/** Links to another province's records (a facility of A supported by a đề án of B) stay outside the scope. */
function scopedLinks(actor: Actor, flag: RedFlag): RedFlag {
  if (isNational(actor)) return flag;
  return { ...flag, links: flag.links.filter((l) => l.provinceId === undefined || (l.provinceId !== null && coversProvince(actor, l.provinceId))) };
}

/** Null for an actor who may not read flags (the page answers "not found"). `now` pins the clock. */
export async function listRedFlags(actor: Actor, query: RedFlagQuery, now?: Date): Promise<RedFlagList | null> {
  if (!canReadRedFlags(actor)) return null;
  const today = vietnamToday(now);
  const rules = rulesFor(actor, RED_FLAG_RULES);
  // Sequential: each rule's reads are small, and the pool is shared.
  const found: RedFlag[][] = [];
  for (const rule of rules) found.push((await evaluate(actor, rule, query, today)).filter((f) => inScope(actor, f)).map((f) => scopedLinks(actor, f)));
  const all = found.flat();
  const dismissals = all.length
    ? await db().redFlagDismissal.findMany({
        where: { OR: rules.map((rule) => ({ rule, subjectKey: { in: all.filter((f) => f.rule === rule).map((f) => f.subjectKey) } })) },
        select: { rule: true, subjectKey: true, reason: true, dismissedAt: true, dismissedBy: { select: { name: true } } },
      })
    : [];
  const byKey = new Map(dismissals.map((d) => [`${d.rule}|${d.subjectKey}`, { reason: d.reason, dismissedAt: d.dismissedAt, dismissedBy: d.dismissedBy.name }]));
  const groups = rules.map((rule, i): RuleGroup => {
    const flags = found[i]!.map((f) => ({ ...f, dismissal: byKey.get(`${f.rule}|${f.subjectKey}`) ?? null }));
    const dismissed = flags.filter((f) => f.dismissal).length;
    return { rule, open: flags.length - dismissed, dismissed, flags: query.showDismissed ? flags : flags.filter((f) => !f.dismissal) };
  });
  return { year: query.year, day: readDay(query.year, today), groups, open: groups.reduce((a, g) => a + g.open, 0), dismissed: groups.reduce((a, g) => a + g.dismissed, 0) };
}
