// Writes plans, their versions and items, adjustments, decisions and allocations. Natural keys:
// Decision (issuer, number, symbol, date), AnnualPlan (year, source, level, province), PlanVersion
// (plan, number); items, adjustments and allocations get ids derived from their plan's key.
import { sum, uuidFrom } from "../../factories";
import type { Ref } from "../context";
import { k, type Seeder } from "../sync";
import type { DecisionSpec, DemoData } from "./types";

export async function writePlans(s: Seeder, ref: Ref, d: DemoData, projectId: (code: string) => string): Promise<void> {
  const decisions = new Map<string, DecisionSpec>();
  const decisionKey = (x: DecisionSpec) => `${x.issuer}|${x.number}|${x.symbol}|${x.issuedOn.toISOString()}`;
  for (const p of d.plans) for (const v of [...p.versions.map((x) => x.decision), ...p.adjustments.map((a) => a.decision)]) if (v) decisions.set(decisionKey(v), v);
  const decisionIds = await s.upsert(
    "decision",
    [...decisions.values()].map((x) => ({ id: uuidFrom(`decision:${decisionKey(x)}`), number: x.number, symbol: x.symbol, issuedOn: x.issuedOn, effectiveOn: x.issuedOn, signer: x.signer, issuerId: ref.orgId(x.issuer), title: x.title })),
    { key: (r) => k(r.issuerId, r.number, r.symbol, r.issuedOn) },
  );
  const decisionId = (x: DecisionSpec | null) => (x ? decisionIds.get(k(ref.orgId(x.issuer), x.number, x.symbol, x.issuedOn))! : null);

  const planKey = (p: (typeof d.plans)[number]) => `${p.year}:${p.fund}:${p.level}:${p.province ? `${p.province.set}-${p.province.code}` : "national"}`;
  const planRows = d.plans.map((p) => ({
    id: uuidFrom(`plan:${planKey(p)}`),
    planYear: p.year,
    fundingSourceId: ref.fundingId(p.fund),
    level: p.level,
    provinceId: p.province ? ref.provinceId(p.province) : null,
    envelope: sum(p.versions[p.versions.length - 1]!.items.map((i) => i.amount)),
    status: p.status,
    version: p.versions.length,
  }));
  const planIds = await s.upsert("annualPlan", planRows, { key: (r) => k(r.planYear, r.fundingSourceId, r.level, r.provinceId) });
  const planId = (p: (typeof d.plans)[number]) => planIds.get(k(p.year, ref.fundingId(p.fund), p.level, p.province ? ref.provinceId(p.province) : null))!;

  const versionRows = d.plans.flatMap((p) => p.versions.map((v) => ({ id: uuidFrom(`plan-version:${planKey(p)}:${v.versionNo}`), planId: planId(p), versionNo: v.versionNo, decisionId: decisionId(v.decision), effectiveOn: v.effectiveOn, note: v.note })));
  const versionIds = await s.upsert("planVersion", versionRows, { key: (r) => k(r.planId, r.versionNo) });
  const versionId = (p: (typeof d.plans)[number], n: number) => versionIds.get(k(planId(p), n))!;

  const items = d.plans.flatMap((p) =>
    p.versions.flatMap((v) =>
      v.items.map((item, i) => ({
        id: uuidFrom(`plan-item:${planKey(p)}:${v.versionNo}:${i}`),
        planVersionId: versionId(p, v.versionNo),
        projectId: item.project ? projectId(item.project) : null,
        taskTitle: item.taskTitle ?? null,
        implementerId: ref.orgId(item.implementer),
        provinceId: item.province ? ref.provinceId(item.province) : null,
        amount: item.amount,
      })),
    ),
  );
  await s.upsert("planItem", items, { key: (r) => k(r.id), where: { id: { in: items.map((i) => i.id) } } });

  const adjustments = d.plans.flatMap((p) =>
    p.adjustments.map((a, i) => ({
      id: uuidFrom(`adjustment:${planKey(p)}:${i}`),
      planId: planId(p),
      projectId: projectId(a.project),
      kind: a.kind,
      authority: a.authority,
      status: "APPROVED" as const,
      reason: a.reason,
      amountBefore: a.amountBefore,
      amountAfter: a.amountAfter,
      requestedAt: a.requestedAt,
      decidedAt: a.decidedAt,
      decisionId: decisionId(a.decision),
      resultingVersionId: versionId(p, a.resultingVersionNo),
    })),
  );
  await s.upsert("planAdjustment", adjustments, { key: (r) => k(r.id), where: { id: { in: adjustments.map((a) => a.id) } } });

  const seq = new Map<string, number>();
  const allocations = d.allocations.map((a) => {
    const key = `${a.year}:${a.fund}:${a.receiver}`;
    seq.set(key, (seq.get(key) ?? 0) + 1);
    return { id: uuidFrom(`allocation:${key}:${seq.get(key)}`), planYear: a.year, fundingSourceId: ref.fundingId(a.fund), receiverId: ref.orgId(a.receiver), amount: a.amount, allocatedOn: a.on, documentRef: a.documentRef, note: a.note };
  });
  await s.upsert("budgetAllocation", allocations, { key: (r) => k(r.id), where: { id: { in: allocations.map((a) => a.id) } } });
}
