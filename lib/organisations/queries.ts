import "server-only";
// Organisations with validity and name history. The name shown is the one in force today, or the
// last one for an organisation that no longer exists.
import { validAtWhere, vietnamToday } from "../calendar";
import { db } from "../db/client";
import type { OrganisationKind } from "../db/generated/enums";
import { pageArgs, toPage, type Page } from "../pagination";
import { toSearchText } from "../search-text";
import { nameAt, NAME_HISTORY_SELECT } from "./names";
import type { OrganisationListInput } from "./schemas";

export type OrganisationRow = {
  id: string;
  code: string;
  kind: OrganisationKind;
  name: string;
  formerNames: string[];
  province: string | null;
  validFrom: Date;
  validTo: Date | null;
  successor: string | null;
};


export async function listOrganisations(input: OrganisationListInput): Promise<Page<OrganisationRow>> {
  const today = vietnamToday();
  const q = input.q ? toSearchText(input.q) : undefined;
  const where = {
    AND: [
      q ? { searchText: { contains: q } } : {},
      input.kind ? { kind: input.kind } : {},
      input.current === "1" ? validAtWhere(today) : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db().organisation.count({ where }),
    db().organisation.findMany({
      where,
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      ...pageArgs(input.page),
      select: {
        id: true,
        code: true,
        kind: true,
        validFrom: true,
        validTo: true,
        names: NAME_HISTORY_SELECT,
        province: { select: { name: true } },
        successor: { select: { names: NAME_HISTORY_SELECT } },
      },
    }),
  ]);
  return toPage(
    rows.map((r) => {
      const name = nameAt(r.names, today);
      return {
        id: r.id,
        code: r.code,
        kind: r.kind,
        name,
        formerNames: r.names.map((n) => n.name).filter((n) => n !== name),
        province: r.province?.name ?? null,
        validFrom: r.validFrom,
        validTo: r.validTo,
        successor: r.successor ? nameAt(r.successor.names, today) : null,
      };
    }),
    total,
    input.page,
  );
}
