import { describe, expect, it } from "vitest";
import { renderReliability, type ReliabilityInput } from "./render";

const input = (over: Partial<ReliabilityInput> = {}): ReliabilityInput => ({
  generatedAt: "2026-12-03 06:00 UTC",
  machine: "2 nhân, Node v20",
  vitest: {
    numTotalTests: 3,
    numPassedTests: 2,
    numFailedTests: 1,
    testResults: [
      { name: "/repo/tests/integration/ledger.test.ts", assertionResults: [{ fullName: "ledger concurrency 50 parallel advances never pass the 70 % cap", status: "passed" }, { fullName: "records an advance", status: "passed" }] },
      { name: "/repo/tests/integration/draft-conflicts.test.ts", assertionResults: [{ fullName: "a stale save is refused", status: "failed" }] },
    ],
  },
  figures: {
    "authorization-matrix": { cases: 1190, actionCases: 896, routeCases: 294, actions: 64, routes: 23, callers: ["ADMIN", "SCT"], unexpectedAllows: 0, unexpectedDenials: 0 },
    "fuzz-routes": { cases: 1656, routes: 23, callers: 6, seed: 20261203, runs: 12, statuses: { "404": 622, "200": 249 }, unexpected: 0, rejected: 0, reflected: 0, partial: 0, unhandled: 0, byRoute: { "GET app/api/health/route.ts": { "200": 72 } } },
    "killed-mutation": { runs: [{ mutation: "plan issue", size: "1 500 đề án", rowsBefore: { audit: 3 }, rowsAfter: { audit: 3 }, unchanged: true }] },
  },
  asvs: [
    { id: "8.2.2", chapter: "V8", level: 1, requirement: "Data-specific access restricted (IDOR/BOLA).", status: "met", evidence: "tests/integration/authorization-matrix.test.ts" },
    { id: "6.3.3", chapter: "V6", level: 2, requirement: "MFA.", status: "not met", evidence: "No second factor yet." },
  ],
  ...over,
});

describe("docs/reliability.md", () => {
  it("states the matrix's cases and unexpected allows, the failed test count and each concurrency scenario with its outcome", () => {
    const page = renderReliability(input());
    expect(page).toContain("**1.190 trường hợp**");
    expect(page).toContain("| **0** | 0 |");
    expect(page).toContain("❌ 2/3 kiểm thử");
    expect(page).toContain("| ✅ | ledger concurrency 50 parallel advances never pass the 70 % cap | tests/integration/ledger.test.ts |");
    expect(page).toContain("| ❌ | a stale save is refused | tests/integration/draft-conflicts.test.ts |");
    expect(page).not.toContain("records an advance");
    expect(page).toContain("| ✅ | plan issue | 1 500 đề án |");
    expect(page).toContain("✅ **1.656 trường hợp** qua 23 route handler × 6 người gọi (seed 20261203, 12 lượt");
    expect(page).toContain("Kết quả: 200: 249, 404: 622.");
    expect(page).toContain("| GET app/api/health/route.ts | 200: 72 |");
    expect(page).toContain("2 yêu cầu mức 1–2 liên quan (met: 1, not met: 1).");
  });

  it("says plainly when a part did not run rather than showing empty figures", () => {
    const page = renderReliability(input({ figures: {} }));
    expect(page.match(/Không có số liệu/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it("shows the load's rate, percentiles and errors per kind, and the ledger check after it", () => {
    const kind = { name: "danh sách đề án", connections: 12, requests: 166, perSecond: 2.77, latencyMs: { p50: 4200.8, p90: 5142.7, p97_5: 5771.9, p99: 6031.7, max: 6035.5 }, non2xx: 0, errors: 0, timeouts: 0, refused: 0 };
    const ledger = { rowsAdded: 55, successfulWrites: 47, completedAfterStop: 8, missing: 0, stray: 0, contracts: [{ ok: true }, { ok: true }], aggregate: { onlyInTable: 0, onlyInRecords: 0 }, ok: true };
    const page = renderReliability(input({ figures: { load: { durationS: 60, connections: 50, kinds: [kind], overall: { ...kind, name: "tổng", non2xx: 1 }, memory: { peakRssMb: 818 }, ledger, passed: false } } }));
    expect(page).toContain("❌ 50 kết nối trong 60 s");
    expect(page).toContain("**Lỗi: 1**");
    expect(page).toContain("| danh sách đề án | 12 | 166 | 2,8 | 4.201 | 5.143 | 5.772 | 6.032 | 6.036 | 0 |");
    expect(page).toContain("✅ thêm 55 bút toán = 47 lượt ghi");
    expect(page).toContain("2/2 hợp đồng");
  });

  it("marks a matrix with an unexpected allow as failed", () => {
    const page = renderReliability(input({ figures: { "authorization-matrix": { cases: 10, unexpectedAllows: 1, unexpectedDenials: 0 } } }));
    expect(page).toContain("❌ **10 trường hợp**");
  });
});
