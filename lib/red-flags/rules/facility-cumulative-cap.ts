// The same facility supported beyond its cumulative cap: norms marked cumulativePerFacility
// (e.g. TT 28/2018 Điều 8: support to one facility counted across đề án and years) cap the sum of
// the support the facility receives under that norm code in đề án that are in a plan or beyond.
// The cap is the latest norm version's (with its priority multiplier when that line is priority).
import { formatAmount } from "../../format";
import { message } from "../../i18n/messages";
import { facilityHref, projectHref } from "../links";
import type { RedFlag } from "../types";

export type SupportLineFact = {
  supportAmount: bigint;
  priority: boolean;
  project: { id: string; code: string; planYear: number; provinceId: string | null };
  facility: { id: string; taxCode: string; name: string; provinceId: string };
  norm: { code: string; capAmount: bigint | null; priorityMultiplierBp: number; cumulativePerFacility: boolean; validFrom: Date; legalBasis: string };
};

export function facilityCumulativeCap(lines: readonly SupportLineFact[]): RedFlag[] {
  const groups = new Map<string, SupportLineFact[]>();
  for (const l of lines) {
    if (!l.norm.cumulativePerFacility || l.norm.capAmount === null) continue;
    const key = `${l.facility.id}:${l.norm.code}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.entries()].flatMap(([key, group]): RedFlag[] => {
    const latest = [...group].sort((a, b) => b.norm.validFrom.getTime() - a.norm.validFrom.getTime() || b.project.planYear - a.project.planYear)[0]!;
    const cap = (latest.norm.capAmount! * BigInt(latest.priority ? latest.norm.priorityMultiplierBp : 10_000)) / 10_000n;
    const total = group.reduce((a, l) => a + l.supportAmount, 0n);
    if (total <= cap) return [];
    const projects = [...new Map(group.map((l) => [l.project.id, l.project])).values()];
    return [{
      rule: "facility-cumulative-cap",
      subjectKey: `Facility:${key}`,
      provinceId: latest.facility.provinceId,
      detail: message("redFlags.detail.facilityCumulativeCap", {
        facility: latest.facility.name,
        norm: latest.norm.code,
        total: formatAmount(total, "trieu"),
        cap: formatAmount(cap, "trieu"),
        excess: formatAmount(total - cap, "trieu"),
        count: projects.length,
        basis: latest.norm.legalBasis,
      }),
      links: [
        { kind: "facility", href: facilityHref(latest.facility.taxCode), label: latest.facility.name },
        ...projects.map((p) => ({ kind: "project" as const, href: projectHref(p.id), label: p.code, provinceId: p.provinceId })),
      ],
      amount: total - cap,
    }];
  });
}
