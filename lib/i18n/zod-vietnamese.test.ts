// Every message zod can give a user is Vietnamese: each exported input schema in lib is fed bad
// input field by field, and no issue may read like zod's English defaults.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { register } from "@/instrumentation";

const ENGLISH = /\b(Too|too|big|small|expected|Expected|Invalid|invalid|Required|required|received|must|string|number|characters)\b/;
const BAD_VALUES: unknown[] = ["x".repeat(5000), "", "   ", 12345, 1.5, -1, 0, "abc", "NOT_A_VALUE", true, [], {}, null, "2026-99-99", Array.from({ length: 200 }, () => ({}))];

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : schemaFiles(full);
    if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) return [];
    return /^export const \w+ = z\.|^export const \w*Schema = /m.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

async function exportedSchemas(): Promise<[string, z.ZodType][]> {
  const found: [string, z.ZodType][] = [];
  for (const file of schemaFiles("lib")) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodType) found.push([`${file}:${name}`, value]);
  }
  return found;
}

function inputsFor(schema: z.ZodType): unknown[] {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  const perField = Object.keys(shape).flatMap((key) => BAD_VALUES.map((bad) => ({ [key]: bad })));
  return [undefined, 42, "x", [], {}, ...perField];
}

function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

beforeAll(async () => {
  await register(); // the server's instrumentation hook installs the map, as in production
});

describe("Vietnamese zod messages", () => {
  it("phrases the common cases the way users read them", () => {
    expect(messagesOf(z.object({ code: z.string().max(30) }), { code: "1".repeat(31) })).toEqual(["Tối đa 30 ký tự"]);
    expect(messagesOf(z.object({ name: z.string() }), {})).toEqual(["Bắt buộc nhập"]);
    expect(messagesOf(z.object({ name: z.string().trim().min(1) }), { name: "  " })).toEqual(["Bắt buộc nhập"]);
    expect(messagesOf(z.number().int(), 1.5)).toEqual(["Phải là số nguyên"]);
    expect(messagesOf(z.number(), "abc")).toEqual(["Phải là số"]);
    expect(messagesOf(z.enum(["A", "B"]), "C")).toEqual(["Hãy chọn một giá trị trong danh sách"]);
    expect(messagesOf(z.number().positive(), -1)).toEqual(["Phải lớn hơn 0"]);
    expect(messagesOf(z.number().max(10_000), 20_000)).toEqual(["Không được lớn hơn 10.000"]);
    expect(messagesOf(z.iso.date(), "2026-99-99")[0]).toMatch(/^Ngày không hợp lệ/);
  });

  it("answers the appraisal forms' too-long amount in Vietnamese (the defect)", async () => {
    const { MinistryDecisionInputSchema } = await import("@/lib/appraisals/schemas");
    const { ProvinceAppraisalInputSchema } = await import("@/lib/appraisals/schemas");
    for (const schema of [MinistryDecisionInputSchema, ProvinceAppraisalInputSchema]) {
      const result = schema.safeParse({ approvedAmount: "1".repeat(31) });
      const amountIssue = result.error?.issues.find((i) => i.path.join(".") === "approvedAmount");
      expect(amountIssue?.message).toBe("Tối đa 30 ký tự");
    }
  });

  it("never answers in English for any exported input schema in lib", async () => {
    const schemas = await exportedSchemas();
    expect(schemas.length).toBeGreaterThan(15);
    const english = schemas.flatMap(([name, schema]) => inputsFor(schema).flatMap((input) => messagesOf(schema, input).filter((m) => !m || ENGLISH.test(m)).map((m) => `${name}: ${m}`)));
    expect([...new Set(english)]).toEqual([]);
  });
});
