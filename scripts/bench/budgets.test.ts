import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { budgets } from "./budgets";
import type { NationalRead } from "./national";

const read = (name: string, floorRatio: number | null, growth: number | null): NationalRead => ({ name, byScale: { "40": { p50: 1, floor: 1, floorRatio } }, growth, floorRatioOk: null, growthOk: null });
const none = { client: "/nonexistent/client.json", load: "/nonexistent/load.json" };
const line = (all: ReturnType<typeof budgets>, start: string) => all.find((b) => b.budget.startsWith(start))!;

describe("budgets", () => {
  it("names the worst read against each budget and fails when one is over", () => {
    const all = budgets([read("danh sách", 1.2, 1.5), read("tỉnh theo đề án", 4.3, 2.1)], 40, { ratio: 3, violations: 0 }, null, [], none);
    expect(line(all, "tỷ lệ với sàn")).toMatchObject({ ok: false, measured: "1/2 đạt; tệ nhất 4,3 (tỉnh theo đề án)" });
    expect(line(all, "tăng trưởng")).toMatchObject({ ok: true, measured: "2/2 đạt; tệ nhất 2,1 (tỉnh theo đề án)" });
    expect(line(all, "giải ngân tranh chấp").ok).toBe(true);
  });

  it("never shows a budget without a figure as met, and says which command measures it", () => {
    const all = budgets([read("chi tiết", null, null)], 40, { ratio: 12, violations: 1 }, null, [], none);
    expect(line(all, "tỷ lệ với sàn")).toMatchObject({ ok: null, measured: "chưa đo" });
    expect(line(all, "giải ngân tranh chấp").ok).toBe(false);
    expect(line(all, "TTFB").measured).toContain("npm run bench:client");
    expect(line(all, "RSS").measured).toContain("npm run load");
  });

  it("reads the last client and load figures with their dates; the lowest Lighthouse score is the worst", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kc-budgets-"));
    const client = path.join(dir, "client.json");
    const load = path.join(dir, "load.json");
    writeFileSync(client, JSON.stringify({ recordedAt: "2026-12-03T07:00:00Z", routes: [{ route: "/", firstLoadJsKb: 150, budgetKb: 200 }], lighthouse: [{ page: "/", score: 99, budget: 90 }, { page: "/de-an", score: 88, budget: 90 }], ttfb: [{ page: "/bao-cao", ratio: 5.8, budget: 3 }] }));
    writeFileSync(load, JSON.stringify({ recordedAt: "2026-12-03T08:00:00Z", memory: { peakRssMb: 801 }, exportPhase: { addedMb: 35, ok: true }, failures: 0 }));
    const all = budgets([], null, { ratio: 1, violations: 0 }, { rssMb: 75.5, rows: 10_016, expectedRows: 10_016 }, [], { client, load });
    expect(line(all, "Lighthouse")).toMatchObject({ ok: false, measured: "1/2 đạt; tệ nhất 88 (/de-an)", source: "npm run bench:client, 2026-12-03" });
    expect(line(all, "TTFB").ok).toBe(false);
    expect(line(all, "RSS đỉnh")).toMatchObject({ ok: true, source: "npm run load, 2026-12-03" });
    expect(line(all, "xuất Excel 10.000 dòng: RSS").ok).toBe(true);
  });
});
