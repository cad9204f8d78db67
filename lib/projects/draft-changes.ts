import "server-only";
// What a đề án save changed, for its audit entry, and what others changed since the version a
// stale save was based on, for the conflict message (issue #11 §5). The scalar fields compare one
// by one; the parts (budget lines, work items, partners, contents, beneficiaries) by a summary.
import type { Tx } from "../db/client";
import { ConflictError } from "../errors";
import { renderMessage } from "../i18n/messages";

type Fields = Record<string, unknown>;

const SCALARS = ["title", "planYear", "endYear", "fundingSourceId", "kind", "provinceId", "multiProvince", "locationText", "needAndBasis", "objectives", "scale", "arrangements", "expectedEffects", "totalCost", "supportAmount", "counterpartAmount"] as const;

/** The đề án as stored, in the shape the save compares: its fields and a summary of its parts. */
export async function draftSnapshot(tx: Tx, projectId: string): Promise<Fields> {
  const p = await tx.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      ...Object.fromEntries(SCALARS.map((k) => [k, true])),
      budgetLines: { select: { lineNo: true, item: true, supportAmount: true, totalCost: true } },
      workItems: { select: { seq: true, description: true } },
      partners: { select: { name: true } },
      contents: { select: { contentCategoryId: true } },
      beneficiaries: { select: { facilityId: true } },
    },
  });
  return partsSummary(p as unknown as Fields & PartRows);
}

/**
 * The same shape from what a save writes (lib/projects/draft-rows.ts), so the save reads the đề án
 * once, before writing, and not again after. Equal to draftSnapshot of the saved đề án
 * (tests/integration/draft-conflicts.test.ts).
 */
export function writtenSnapshot(fields: Fields, parts: PartRows): Fields {
  return partsSummary({ ...Object.fromEntries(SCALARS.map((k) => [k, fields[k] ?? null])), ...parts } as Fields & PartRows);
}

type PartRows = {
  budgetLines: { lineNo: number; item: string; supportAmount: bigint; totalCost: bigint }[];
  workItems: { seq: number; description: string }[];
  partners: { name: string }[];
  contents: { contentCategoryId: string }[];
  beneficiaries: { facilityId: string }[];
};

// Ordered here, not by the query, so a snapshot read and one built from the written rows agree
// whatever the database's collation.
const byName = new Intl.Collator("vi").compare;

function partsSummary({ budgetLines, workItems, partners, contents, beneficiaries, ...scalars }: Fields & PartRows): Fields {
  return {
    ...scalars,
    budgetLines: [...budgetLines].sort((x, y) => x.lineNo - y.lineNo).map((l) => `${l.item}: ${l.totalCost}/${l.supportAmount}`),
    workItems: [...workItems].sort((x, y) => x.seq - y.seq).map((w) => w.description),
    partners: partners.map((p) => p.name).sort(byName),
    contentCategoryIds: contents.map((c) => c.contentCategoryId).sort(),
    beneficiaryIds: beneficiaries.map((b) => b.facilityId).sort(),
  };
}

const LABEL_KEYS: Record<string, string> = {
  title: "title", planYear: "planYear", endYear: "endYear", fundingSourceId: "fundingSource", kind: "kind", provinceId: "province", multiProvince: "multiProvince",
  locationText: "location", needAndBasis: "needAndBasis", objectives: "objectives", scale: "scale", arrangements: "arrangements", expectedEffects: "expectedEffects",
  totalCost: "budget", supportAmount: "budget", counterpartAmount: "budget", budgetLines: "budget", workItems: "workItems", partners: "partners", contentCategoryIds: "contents", beneficiaryIds: "beneficiaries",
};

/**
 * Refuses a save based on `seenVersion` when the đề án is now at another version, naming who saved
 * since and which parts they changed, read from the trail (the saves' `toVersion`).
 */
export async function refuseStaleDraft(tx: Tx, projectId: string, seenVersion: number): Promise<never> {
  const saves = await tx.auditLog.findMany({
    where: { projectId, action: "project.update", data: { path: ["toVersion"], gt: seenVersion } },
    orderBy: { id: "asc" },
    select: { data: true, actor: { select: { name: true } } },
  });
  const parts = new Set<string>();
  for (const s of saves) for (const field of Object.keys((s.data as { changes?: Fields } | null)?.changes ?? {})) parts.add(renderMessage("vi", `projects.changedPart.${LABEL_KEYS[field] ?? "other"}` as "projects.changedPart.other"));
  const who = [...new Set(saves.map((s) => s.actor?.name).filter((n): n is string => !!n))];
  if (parts.size === 0) throw new ConflictError("errors.projects.savedElsewhere");
  throw new ConflictError("errors.projects.savedElsewhereChanged", { parts: [...parts].join(", "), who: who.join(", ") || renderMessage("vi", "projects.changedPart.someone") });
}
