// Random and hostile inputs for the fuzz tests (fast-check): wrong types, huge strings, unicode
// edge cases, SQL/HTML/formula injection, negative and huge money, impossible dates, missing and
// extra fields; and values shaped like a zod schema (through its JSON Schema) with hostile leaves.
import fc from "fast-check";
import { z } from "zod";

export const HOSTILE_STRINGS = [
  "' OR 1=1 --", "'; DROP TABLE \"Project\"; --", "\\'; SELECT pg_sleep(1); --", "1; UPDATE \"User\" SET active=false",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)",
  "=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3", "@SUM(A1)",
  "\u202Egnp.exe", "a\u200Bb", "\uFEFF", "\u0000", "a\u0000b", "\u2066x\u2069", "\uD800", "𝕏𝔸", "👩‍👩‍👧‍👦", "Ｔｅｓｔ", "e\u0301",
  "", " ", "\n\t", "null", "undefined", "NaN", "-1", "-0", "0", "1e309", "9".repeat(40), "9223372036854775808", "1.000.000,5", "1,5", "0x10",
  "2026-02-30", "0000-00-00", "9999-12-31", "2026-13-01", "31/12/2026", "29/02/2027", "../../etc/passwd", "%00", "${7*7}", "{{7*7}}", "__proto__", "constructor",
  "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
];

/** One hostile text: a known attack or edge case, random graphemes, or a huge string. */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 10_001, maxLength: 12_000 }) },
  { weight: 1, arbitrary: fc.constant("x".repeat(1_000_000)) },
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 1.5, 2 ** 53, -(2 ** 53), 9e18, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN),
  fc.integer(),
  fc.double(),
);

const hostileScalar = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt(), fc.date({ noInvalidDate: false }), fc.uuid());

/** Any value at all: nested objects and arrays of hostile scalars, with prototype-ish keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostileScalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "id", "projectId", "version", "amount", "title"), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 5 }),
})).value;

type JsonSchema = {
  type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; enum?: unknown[]; const?: unknown;
  anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[]; format?: string; minimum?: number; maximum?: number; maxLength?: number; minItems?: number; maxItems?: number;
};

/**
 * A value shaped like the schema, most leaves plausible and some hostile, fields sometimes missing or
 * extra. Items of an array the schema leaves open (z.array(z.unknown()), each item parsed further
 * in lib) are drawn from `fill`.
 */
function fromJsonSchema(schema: JsonSchema, ids: readonly string[], depth = 0, fill?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const hostile = fc.oneof(hostileScalar, hostileValue);
  const open = fill ? fc.oneof({ weight: 3, arbitrary: fill }, { weight: 1, arbitrary: hostile }) : hostile;
  // Mostly plausible leaves, so that a case gets past the first checks with one hostile value inside.
  const mix = (plausible: fc.Arbitrary<unknown>) => fc.oneof({ weight: 12, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
  if (depth > 5) return hostile;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => fromJsonSchema(s, ids, depth + 1, fill)));
  if (schema.allOf?.length) return fromJsonSchema(schema.allOf[0]!, ids, depth + 1, fill);
  if (schema.enum) return mix(fc.constantFrom(...schema.enum));
  if (schema.const !== undefined) return mix(fc.constant(schema.const));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const entries = Object.entries(schema.properties ?? {});
      const shape = Object.fromEntries(entries.map(([k, s]) => [k, fromJsonSchema(s, ids, depth + 1, fill)]));
      const record = fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => k in shape) });
      // Sometimes a required field goes missing, sometimes an unknown one comes along.
      return fc.oneof(
        { weight: 8, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, fc.dictionary(fc.string({ maxLength: 6 }), hostile, { maxKeys: 3 })).map(([r, extra]) => ({ ...extra, ...(r as object) })) },
        { weight: 1, arbitrary: record.map((r) => Object.fromEntries(Object.entries(r as object).slice(1))) },
        { weight: 1, arbitrary: hostile },
      );
    }
    case "array":
      return mix(fc.array(schema.items && Object.keys(schema.items).length ? fromJsonSchema(schema.items, ids, depth + 1, fill) : open, { maxLength: Math.min(schema.maxItems ?? 4, 4) }));
    case "string":
      if (schema.format === "uuid") return mix(ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid());
      if (schema.format === "date") return mix(fc.constantFrom("2027-01-15", "2026-02-30", "0001-01-01"));
      return mix(fc.oneof(fc.string({ maxLength: schema.maxLength ? Math.min(schema.maxLength, 30) : 30 }), fc.constantFrom("300", "0", "-5", "2027-03-01")));
    case "integer":
    case "number":
      return mix(fc.oneof(fc.integer({ min: Math.max(schema.minimum ?? -10, -1e6), max: Math.min(schema.maximum ?? 2030, 1e6) }), fc.constantFrom(2027, 1)));
    case "boolean":
      return mix(fc.boolean());
    default:
      return hostile;
  }
}

const jsonSchemaOf = (schema: z.ZodType): JsonSchema | null => {
  try {
    return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  } catch {
    return null;
  }
};

/**
 * Inputs for one action or route: shaped by each of `schemas` (its own and those named like it) or
 * anything at all. What one schema leaves open (a request's `rows: unknown[]`) is shaped by the others.
 */
export function inputsFor(schemas: readonly z.ZodType[], ids: readonly string[]): fc.Arbitrary<unknown> {
  const json = schemas.map(jsonSchemaOf).filter((s): s is JsonSchema => s !== null);
  const plain = json.map((s) => fromJsonSchema(s, ids));
  const shaped = json.map((s, i) => {
    const others = plain.filter((_, j) => j !== i);
    return fromJsonSchema(s, ids, 0, others.length ? fc.oneof(...others) : undefined);
  });
  return shaped.length ? fc.oneof({ weight: 3, arbitrary: fc.oneof(...shaped) }, { weight: 1, arbitrary: hostileValue }) : hostileValue;
}

/** Markup that must never come back verbatim in a message: it would be our output reflecting input. */
export const REFLECTED_MARKUP = /<script|<img|<svg|onerror=|onload=/i;
