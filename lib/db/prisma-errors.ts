// Database refusals that are the user's input, not our fault, turned into domain errors so the
// edges (lib/action.ts, lib/api/errors.ts) answer with a field message instead of "unexpected":
// an id that names no row (a stale form, a tampered request) breaks a foreign key (P2003, or
// SQLSTATE 23503 from raw SQL); a record that vanished mid-request is P2025, and a malformed id
// (22P02) names no record either; a unique value taken meanwhile by a concurrent save is P2002. NUL (22021) and out-of-range numbers (22003) are stopped by the
// schemas (lib/text.ts, lib/money.ts); these lines are the backstop for a field that slipped by
// (docs/decisions/047).
import { DomainError, message, NotFoundError } from "../errors";
import { Prisma } from "./generated/client";

/** "Project_provinceId_fkey" → "provinceId": Prisma names constraints Model_column_fkey, and columns are the input's field names. */
function fieldOfConstraint(meta: unknown): string | null {
  const found = JSON.stringify(meta ?? {}).match(/[A-Za-z0-9]+_([A-Za-z0-9]+)_fkey/);
  return found?.[1] ?? null;
}

function sqlState(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  return (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause?.originalCode;
}

/** The field of a unique constraint (P2002): `target` lists the columns, or names "Model_column_key". */
function fieldOfUnique(meta: unknown): string | null {
  const target = (meta as { target?: unknown } | undefined)?.target;
  if (Array.isArray(target) && typeof target[0] === "string") return target[0];
  const found = JSON.stringify(meta ?? {}).match(/[A-Za-z0-9]+_([A-Za-z0-9]+)_key/);
  return found?.[1] ?? null;
}

export function domainErrorOfPrisma(error: unknown): DomainError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  // Two saves racing for one unique value (a tax code): the later is told, without naming the other record.
  if (error.code === "P2002") {
    const field = fieldOfUnique(error.meta);
    return new DomainError("CONFLICT", "errors.common.duplicateValue", {}, field ? { [field]: message("errors.common.duplicateValueField") } : undefined);
  }
  if (error.code === "P2003" || (error.code === "P2010" && sqlState(error) === "23503")) {
    const field = fieldOfConstraint(error.meta);
    return new DomainError("VALIDATION", "errors.common.unknownReference", {}, field ? { [field]: message("errors.common.unknownReferenceField") } : undefined);
  }
  if (error.code === "P2025") return new NotFoundError("record");
  const state = sqlState(error);
  if (state === "22P02") return new NotFoundError("record");
  if (state === "22021") return new DomainError("VALIDATION", "errors.common.invisibleCharacter");
  if (state === "22003") return new DomainError("VALIDATION", "errors.common.numberOutOfRange");
  return null;
}
