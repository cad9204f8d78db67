import "server-only";
// What the đề án editor needs: open plan years, provinces in the actor's scope, the content
// catalogue of each year, the norms in force, and an existing draft as the form's text values.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { formatAmount, formatRateBp } from "../format";
import type { CatalogueKey } from "../i18n/messages";
import { draftSourceSelect, toDraftInput } from "./draft-input";
import { applicableNorms } from "../norms/queries";
import { provincesInScope } from "../admin-units/load";
import type { ProjectDraftInput } from "./schemas";
import { EDITABLE_STATUSES } from "./state-machine";
import { vietnamToday, yearOf } from "../calendar";
import { effectiveDeadline } from "../plan-years/deadlines";

export type EditorNorm = { id: string; code: string; costItem: string; contentCategoryId: string | null; reference: boolean; rule: NormRuleText; legalBasis: string };
/** A catalogue key with plain text params, so a client component renders it with its translator. */
export type NormRuleText = { key: CatalogueKey; params?: Record<string, string> };
export type EditorYear = { year: number; deadline: Date; open: boolean; categories: { id: string; code: string; name: string; continuesId: string | null }[]; norms: Record<"KCQG" | "KCDP", EditorNorm[]> };
export type EditorOptions = { years: EditorYear[]; provinces: { id: string; code: string; name: string }[] };

/** The norm's rule as a catalogue message; the editor renders it in the user's locale. */
function ruleText(n: { maxRateBp: number | null; capAmount: bigint | null }): NormRuleText {
  const rate = n.maxRateBp !== null ? formatRateBp(n.maxRateBp) : null;
  const cap = n.capAmount !== null ? formatAmount(n.capAmount, "trieu") : null;
  if (rate !== null && cap !== null) return { key: "editor.normRule.rateAndCap", params: { rate, cap } };
  if (rate !== null) return { key: "editor.normRule.rate", params: { rate } };
  if (cap !== null) return { key: "editor.normRule.cap", params: { cap } };
  return { key: "editor.normRule.general" };
}

export async function editorOptions(actor: Actor, now?: Date): Promise<EditorOptions> {
  const today = vietnamToday(now);
  const years = await db().planYear.findMany({
    where: { year: { gte: yearOf(today) } },
    orderBy: { year: "asc" },
    select: { year: true, registrationDeadline: true, registrationExtendedTo: true, contentCatalogVersion: { select: { categories: { orderBy: { sortOrder: "asc" }, select: { id: true, code: true, name: true, continuesId: true } } } } },
  });
  const provinces = await provincesInScope(actor, today);
  const result: EditorYear[] = [];
  for (const y of years) {
    const toEditor = async (source: "KCQG" | "KCDP") =>
      (await applicableNorms(y.year, source, provinces.map((p) => p.id))).map((n) => ({
        id: n.id, code: n.code, costItem: n.costItem, contentCategoryId: n.contentCategoryId, reference: n.reference, rule: ruleText(n), legalBasis: n.legalBasis,
      }));
    const deadline = effectiveDeadline(y);
    result.push({ year: y.year, deadline, open: today <= deadline, categories: y.contentCatalogVersion.categories, norms: { KCQG: await toEditor("KCQG"), KCDP: await toEditor("KCDP") } });
  }
  return { years: result, provinces };
}

export type EditableDraft = { input: ProjectDraftInput & { id: string; version: number }; code: string; status: string; editable: boolean; facilities: { id: string; name: string; taxCode: string }[] };


export async function loadDraft(actor: Actor, id: string): Promise<EditableDraft> {
  const p = await db().project.findFirst({
    where: { AND: [{ id }, projectScopeWhere(actor)] },
    select: { ...draftSourceSelect, code: true, status: true, implementerId: true },
  });
  if (!p) throw new NotFoundError("project");
  return {
    code: p.code,
    status: p.status,
    editable: EDITABLE_STATUSES.includes(p.status) && actor.organisationIds.includes(p.implementerId),
    facilities: p.beneficiaries.map((b) => b.facility),
    input: toDraftInput(p),
  };
}
