import "server-only";
// Reads for hội đồng thẩm định cấp Bộ (TT 36/2013 Điều 8.2): councils of a year, one council with
// its đề án, members' assessments and recusals (also the data of the biên bản), and choices.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { validAtWhere, vietnamToday } from "../calendar";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { nameAt } from "../organisations/names";
import { requireMinistryReader } from "./policy";
import { councilQuorumOf, quorumRules } from "./quorum-check";

const names = { select: { name: true, validFrom: true, validTo: true } } as const;

export async function listCouncils(actor: Actor, year: number) {
  requireMinistryReader(actor);
  return db().appraisalCouncil.findMany({
    where: { level: "MINISTRY", planYear: year },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, decisionRef: true, planYear: true, createdAt: true, _count: { select: { members: true, appraisals: true } } },
  });
}

const councilSelect = {
  id: true, name: true, decisionRef: true, planYear: true, createdAt: true,
  organisation: { select: { names } },
  members: { orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, role: true, userId: true, organisation: { select: { names } } } },
  appraisals: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true, outcome: true, approvedAmount: true, conclusion: true, failedCriterionReason: true, actingSecretaryId: true, decidedAt: true,
      scores: { select: { memberId: true, criterion: true, assessment: true, comment: true } },
      project: {
        select: {
          id: true, code: true, title: true, status: true, version: true, supportAmount: true,
          implementer: { select: { names } },
          recusals: { select: { memberId: true, reason: true, at: true } },
        },
      },
    },
  },
} satisfies Prisma.AppraisalCouncilSelect;

/** A council with its đề án; recusals are those of this council's members. */
export async function getCouncil(actor: Actor, id: string) {
  requireMinistryReader(actor, "council");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("council");
  const c = await db().appraisalCouncil.findFirst({ where: { id, level: "MINISTRY" }, select: councilSelect });
  if (!c) throw new NotFoundError("council");
  const memberIds = new Set(c.members.map((m) => m.id));
  const rules = await quorumRules(db());
  const today = vietnamToday();
  return {
    id: c.id, name: c.name, decisionRef: c.decisionRef, planYear: c.planYear, createdAt: c.createdAt, organisationName: nameAt(c.organisation.names),
    members: c.members.map((m) => ({ id: m.id, name: m.name, role: m.role, isUser: m.userId !== null, organisationName: m.organisation ? nameAt(m.organisation.names) : "" })),
    projects: c.appraisals.map((a) => ({
      appraisalId: a.id, outcome: a.outcome, approvedAmount: a.approvedAmount, conclusion: a.conclusion, failedCriterionReason: a.failedCriterionReason, actingSecretaryId: a.actingSecretaryId, decidedAt: a.decidedAt,
      id: a.project.id, code: a.project.code, title: a.project.title, status: a.project.status, version: a.project.version, supportAmount: a.project.supportAmount,
      implementerName: nameAt(a.project.implementer.names),
      recusals: a.project.recusals.filter((r) => memberIds.has(r.memberId)),
      // Shown before concluding; the mutation re-checks it on the day it records (quorum-check.ts).
      quorum: councilQuorumOf(rules, c.members, new Set(a.project.recusals.filter((r) => memberIds.has(r.memberId)).map((r) => r.memberId)), today),
      memberScores: a.scores.filter((s) => s.memberId !== null),
      councilScores: a.scores.filter((s) => s.memberId === null),
    })),
  };
}
export type CouncilView = Awaited<ReturnType<typeof getCouncil>>;

/** Registered đề án of the year not yet with a council, and people and bodies for members. */
export async function councilChoices(actor: Actor, year: number) {
  requireMinistryReader(actor);
  const [projects, staff, organisations] = await Promise.all([
    db().project.findMany({
      where: { planYear: year, status: { in: ["REGISTERED", "UNDER_CUC_APPRAISAL"] }, fundingSource: { code: "KCQG" }, NOT: { appraisals: { some: { level: "MINISTRY", outcome: null, councilId: { not: null } } } } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, title: true, version: true, implementerId: true, implementer: { select: { names } }, beneficiaries: { select: { facility: { select: { id: true, name: true } } } } },
    }),
    db().user.findMany({ where: { active: true, roles: { some: { role: "CUC_STAFF" } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().organisation.findMany({ where: validAtWhere(vietnamToday()), orderBy: { code: "asc" }, select: { id: true, code: true, names } }),
  ]);
  return {
    projects: projects.map((p) => ({ id: p.id, code: p.code, title: p.title, version: p.version, implementerId: p.implementerId, implementerName: nameAt(p.implementer.names), facilities: p.beneficiaries.map((b) => b.facility) })),
    staff,
    organisations: organisations.map((o) => ({ id: o.id, code: o.code, name: nameAt(o.names) })),
  };
}

/** One đề án for the staff appraisal form. */
export async function getAppraisalTarget(actor: Actor, projectId: string) {
  requireMinistryReader(actor, "project");
  if (!z.uuid().safeParse(projectId).success) throw new NotFoundError("project");
  const p = await db().project.findFirst({
    where: { id: projectId, fundingSource: { code: "KCQG" } },
    select: { id: true, code: true, title: true, status: true, version: true, supportAmount: true, approvedAmount: true, implementer: { select: { names } }, province: { select: { name: true } }, appraisals: { where: { level: "MINISTRY" }, orderBy: { createdAt: "desc" }, take: 1, select: { councilId: true, outcome: true } } },
  });
  if (!p) throw new NotFoundError("project");
  return { ...p, implementerName: nameAt(p.implementer.names), councilId: p.appraisals[0]?.councilId ?? null };
}
