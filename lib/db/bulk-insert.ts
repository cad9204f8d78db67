import "server-only";
// Inserting thousands of rows in one statement: every column travels as one array parameter and
// PostgreSQL unnests them (INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)). Prisma's
// createMany builds the same rows in JavaScript at about 0,3–3 ms a row on a small machine, which
// made a 5.000-row Excel import take tens of seconds; this takes a few hundredths of that
// (docs/decisions/015-bulk-mau-2-import.md). Table, column and type names are constants of the
// caller, never user input; values are always parameters.
import type { Tx } from "./client";
import { Prisma } from "./generated/client";

/** PostgreSQL element types we unnest; an enum is written as its quoted type name, e.g. `"ProjectKind"`. */
export type ColumnType = "uuid" | "text" | "integer" | "bigint" | "boolean" | "timestamptz" | "date" | `"${string}"`;

export type SqlValue = string | number | bigint | boolean | Date | null;

/** Rows per statement; the arrays are the only parameters, so this only bounds one message's size. */
const ROWS_PER_STATEMENT = 5000;

/** A value as the array element text pg sends: bigint and dates as text, cast by the column type. */
function param(value: SqlValue): string | number | boolean | null {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}

export async function bulkInsert<Row extends Record<string, SqlValue>>(tx: Tx, table: string, types: { readonly [K in keyof Row & string]: ColumnType }, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(types) as (keyof Row & string)[];
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    const batch = rows.slice(from, from + ROWS_PER_STATEMENT);
    const names = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
    const arrays = Prisma.join(columns.map((c) => Prisma.sql`${batch.map((r) => param(r[c] ?? null))}::${Prisma.raw(`${types[c]}[]`)}`));
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${arrays})`;
  }
}

/**
 * Updates many rows by id in one statement per batch, each row with its own values (same arrays
 * as bulkInsert). `alsoSet` is a constant SQL assignment list applied to every row, e.g. a version
 * bump; `t` names the table being updated.
 */
export async function bulkUpdateById<Row extends { id: string } & Record<string, SqlValue>>(tx: Tx, table: string, types: { readonly [K in keyof Row & string]: ColumnType }, rows: readonly Row[], alsoSet = ""): Promise<void> {
  const columns = Object.keys(types) as (keyof Row & string)[];
  const assignments = columns.filter((c) => c !== "id").map((c) => `"${c}" = v."${c}"`);
  const set = Prisma.raw([...assignments, ...(alsoSet ? [alsoSet] : [])].join(", "));
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    const batch = rows.slice(from, from + ROWS_PER_STATEMENT);
    const arrays = Prisma.join(columns.map((c) => Prisma.sql`${batch.map((r) => param(r[c] ?? null))}::${Prisma.raw(`${types[c]}[]`)}`));
    const names = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
    await tx.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} AS t SET ${set} FROM unnest(${arrays}) AS v(${names}) WHERE t.id = v.id`;
  }
}
