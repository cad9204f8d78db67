// The ASVS checklist stays well formed: official-looking ids, one status of four, a reason for every
// gap, and the chapters that must be listed in full are present.
import { describe, expect, it } from "vitest";
import { ASVS_CHECKLIST, type AsvsStatus } from "./asvs";

const STATUSES: readonly AsvsStatus[] = ["met", "partial", "not met", "n/a"];

describe("ASVS 5.0.0 checklist", () => {
  it("has unique, well-formed ids whose chapter matches the id", () => {
    const ids = ASVS_CHECKLIST.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ASVS_CHECKLIST) {
      expect(r.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.chapter.startsWith(`V${r.id.split(".")[0]} `)).toBe(true);
    }
  });

  it("uses only levels 1 and 2, the four statuses, and short summaries", () => {
    for (const r of ASVS_CHECKLIST) {
      expect([1, 2]).toContain(r.level);
      expect(STATUSES).toContain(r.status);
      expect(r.requirement.length).toBeGreaterThan(0);
      expect(r.requirement.length).toBeLessThanOrEqual(160);
    }
  });

  it("explains every entry that is not met", () => {
    const gaps = ASVS_CHECKLIST.filter((r) => r.status !== "met");
    expect(gaps.length).toBeGreaterThan(0);
    for (const r of gaps) expect(r.evidence.trim().length, r.id).toBeGreaterThanOrEqual(20);
    for (const r of ASVS_CHECKLIST) expect(r.evidence.trim(), r.id).not.toBe("");
  });

  it("lists authentication, sessions, authorization and logging", () => {
    for (const chapter of ["6", "7", "8", "16"]) {
      expect(ASVS_CHECKLIST.some((r) => r.id.startsWith(`${chapter}.`)), `V${chapter}`).toBe(true);
    }
  });
});
