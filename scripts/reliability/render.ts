// docs/reliability.md from the figures one `npm run verify:reliability` run collected: the tests'
// own figures (tests/security/figures.ts), vitest's JSON report and the load test's summary. Pure:
// the same inputs give the same page, so the page can be checked in review like code.
import type { AsvsRequirement } from "./asvs";

export type VitestReport = {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
};
export type Figures = Record<string, Record<string, unknown> | undefined>;
export type ReliabilityInput = { generatedAt: string; machine: string; vitest: VitestReport | null; figures: Figures; asvs: readonly AsvsRequirement[] };

/** The tests whose names say they race writers against each other. */
export const CONCURRENCY_TEST = /concurren|parallel|\brace\b|raced|at the same time|stale (version|save|edit|form|close)|simultaneous|times at once|twice at once/i;
/** Tests about the page itself or the dev server, not about racing writers. */
const NOT_A_WRITE_RACE = /docs\/reliability\.md|stale server/;

const n = (v: unknown) => (typeof v === "number" ? v.toLocaleString("vi-VN") : String(v ?? "—"));
const cell = (v: unknown) => String(typeof v === "object" && v !== null ? JSON.stringify(v) : n(v)).replace(/\|/g, "\\|");
const ok = (good: boolean) => (good ? "✅" : "❌");

function scalars(figures: Record<string, unknown> | undefined): string {
  if (!figures) return "_Không có số liệu: phần này không chạy trong lần kiểm tra này._\n";
  const rows = Object.entries(figures).filter(([k]) => k !== "name" && k !== "recordedAt");
  return ["| Chỉ số | Giá trị |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join("\n") + "\n";
}

const counts = (v: unknown) => Object.entries((v as Record<string, number> | undefined) ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => `${k}: ${n(c)}`).join(", ");

function fuzz(f: Record<string, unknown> | undefined, unit: "server action" | "route handler"): string {
  if (!f) return scalars(f);
  const found = ["unexpected", "rejected", "reflected", "partial", "unhandled"].filter((k) => k in f);
  const clean = found.every((k) => f[k] === 0);
  const lines = [
    `${ok(clean)} **${n(f.cases)} trường hợp** qua ${n(f.actions ?? f.routes)} ${unit} × ${n(f.roles ?? f.callers)} người gọi (seed ${String(f.seed)}, ${String(f.runs)} lượt mỗi tổ hợp).`,
    "",
    "| Lỗi 500 / UNEXPECTED | Promise bị từ chối | Markup bị phản chiếu | Ghi dở dang | Rejection không xử lý |",
    "|---|---|---|---|---|",
    `| ${n(f.unexpected)} | ${n(f.rejected)} | ${n(f.reflected)} | ${n(f.partial)} | ${"unhandled" in f ? n(f.unhandled) : "—"} |`,
    "",
    `Kết quả: ${counts(f.outcomes ?? f.statuses)}.`,
    "",
  ];
  const byRoute = f.byRoute as Record<string, Record<string, number>> | undefined;
  if (byRoute) lines.push("| Route | Mã trả lời |", "|---|---|", ...Object.entries(byRoute).map(([route, st]) => `| ${route} | ${counts(st)} |`), "");
  return lines.join("\n");
}

function matrix(f: Record<string, unknown> | undefined): string {
  if (!f) return scalars(f);
  const good = f.unexpectedAllows === 0 && f.unexpectedDenials === 0;
  return [
    `${ok(good)} **${n(f.cases)} trường hợp** (${n(f.actionCases)} qua ${n(f.actions)} server action, ${n(f.routeCases)} qua ${n(f.routes)} route handler), mỗi trường hợp là một vai trò (${(f.callers as string[] | undefined)?.join(", ") ?? "—"}) trên một bản ghi trong phạm vi (bên A) hoặc ngoài phạm vi (bên B).`,
    "",
    `| Cho phép ngoài dự kiến | Từ chối ngoài dự kiến |`,
    `|---|---|`,
    `| **${n(f.unexpectedAllows)}** | ${n(f.unexpectedDenials)} |`,
    "",
  ].join("\n");
}

function concurrency(vitest: VitestReport | null): string {
  if (!vitest) return scalars(undefined);
  const rows = vitest.testResults.flatMap((file) =>
    file.assertionResults.filter((a) => CONCURRENCY_TEST.test(a.fullName) && !NOT_A_WRITE_RACE.test(a.fullName)).map((a) => `| ${ok(a.status === "passed")} | ${a.fullName.replace(/\|/g, "\\|")} | ${file.name.replace(/^.*?\/(tests|lib|scripts)\//, "$1/")} |`),
  );
  return ["| | Kịch bản | Tệp |", "|---|---|---|", ...rows].join("\n") + `\n\n${rows.length} kịch bản đồng thời.\n`;
}

function killed(f: Record<string, unknown> | undefined): string {
  const runs = (f?.runs as { mutation: string; size: string; rowsBefore: unknown; rowsAfter: unknown; unchanged: boolean }[] | undefined) ?? [];
  if (!runs.length) return scalars(undefined);
  return ["| | Thao tác bị SIGKILL | Quy mô | Trước | Sau |", "|---|---|---|---|---|", ...runs.map((r) => `| ${ok(r.unchanged)} | ${r.mutation} | ${r.size} | ${cell(r.rowsBefore)} | ${cell(r.rowsAfter)} |`)].join("\n") + "\n";
}

type LoadKind = { name: string; connections: number; requests: number; perSecond: number; latencyMs: Record<"p50" | "p90" | "p97_5" | "p99" | "max", number>; non2xx: number; errors: number; timeouts: number; refused: number };
type LoadFigures = { durationS: number; connections: number; kinds: LoadKind[]; overall: LoadKind; memory?: { peakRssMb: number }; ledger?: { rowsAdded: number; successfulWrites: number; completedAfterStop: number; missing: number; stray: number; contracts: { ok: boolean }[]; aggregate: { onlyInTable: number; onlyInRecords: number }; ok: boolean }; passed: boolean };

function load(raw: Record<string, unknown> | undefined): string {
  const f = raw as LoadFigures | undefined;
  if (!f?.overall) return scalars(raw);
  const ms = (v: number) => Math.round(v).toLocaleString("vi-VN");
  const line = (k: LoadKind) => `| ${k.name} | ${n(k.connections)} | ${n(k.requests)} | ${k.perSecond.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} | ${ms(k.latencyMs.p50)} | ${ms(k.latencyMs.p90)} | ${ms(k.latencyMs.p97_5)} | ${ms(k.latencyMs.p99)} | ${ms(k.latencyMs.max)} | ${k.non2xx + k.errors + k.timeouts + k.refused} |`;
  const errors = f.overall.non2xx + f.overall.errors + f.overall.timeouts + f.overall.refused;
  const l = f.ledger;
  return [
    `${ok(f.passed && errors === 0)} ${n(f.connections)} kết nối trong ${n(f.durationS)} s, trên 127.0.0.1, bản build production với dữ liệu mẫu. **Lỗi: ${n(errors)}** (trả lời không phải 2xx, lỗi socket, quá hạn, hoặc action trả về không thành công).`,
    "",
    "| Loại yêu cầu | Kết nối | Yêu cầu | Yêu cầu/s | p50 (ms) | p90 | p97,5 | p99 | max | Lỗi |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...f.kinds.map(line),
    line({ ...f.overall, name: "**tổng**" }),
    "",
    f.memory ? `Bộ nhớ đỉnh của máy chủ (RSS cả cây tiến trình): ${ms(f.memory.peakRssMb)} MB.` : "",
    l ? `Sổ cái sau lượt tải: ${ok(l.ok)} thêm ${n(l.rowsAdded)} bút toán = ${n(l.successfulWrites)} lượt ghi được trả lời thành công + ${n(l.completedAfterStop)} lượt đang chạy khi dừng; thiếu ${n(l.missing)}, thừa ${n(l.stray)}; ${n(l.contracts.filter((c) => c.ok).length)}/${n(l.contracts.length)} hợp đồng có số ứng, giải ngân của ứng dụng bằng SUM bằng SQL; bảng tổng hợp tháng lệch ${n(l.aggregate.onlyInTable + l.aggregate.onlyInRecords)} dòng.` : "",
    "",
  ].join("\n");
}

function asvsTable(items: readonly AsvsRequirement[]): string {
  const counts = items.reduce<Record<string, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {});
  const summary = Object.entries(counts).map(([s, c]) => `${s}: ${c}`).join(", ");
  return [
    `${items.length} yêu cầu mức 1–2 liên quan (${summary}).`,
    "",
    "| Mã | Chương | Mức | Yêu cầu (tóm tắt) | Trạng thái | Bằng chứng / còn thiếu |",
    "|---|---|---|---|---|---|",
    ...items.map((r) => `| ${r.id} | ${r.chapter} | L${r.level} | ${r.requirement.replace(/\|/g, "\\|")} | ${r.status} | ${r.evidence.replace(/\|/g, "\\|")} |`),
  ].join("\n") + "\n";
}

export function renderReliability(input: ReliabilityInput): string {
  const { vitest, figures } = input;
  const tests = vitest ? `${ok(vitest.numFailedTests === 0)} ${n(vitest.numPassedTests)}/${n(vitest.numTotalTests)} kiểm thử unit và integration đạt.` : "_vitest không chạy._";
  return [
    "# Độ tin cậy và bảo mật: số liệu",
    "",
    `> Tệp này do \`npm run verify:reliability\` sinh ra (${input.generatedAt}, ${input.machine}); đừng sửa tay. Cách đọc từng phần: docs/decisions/054 và 056.`,
    "",
    tests,
    "",
    "## 1. Ma trận phân quyền",
    "",
    "Mọi server action và route handler được tìm từ mã nguồn (tests/security/discover.ts) và đối chiếu với bảng khai báo tests/security/matrix/expectations.ts. “Cho phép” là được vào: hành động chạy, hoặc một quy tắc nghiệp vụ trả lời sau khi đã cho vào; “từ chối” là chưa đăng nhập, không có quyền, hoặc “không tồn tại” như một bản ghi của tỉnh khác.",
    "",
    matrix(figures["authorization-matrix"]),
    "## 2. Fuzzing",
    "",
    "### Server action",
    "",
    fuzz(figures["fuzz-actions"], "server action"),
    "### Route handler và API",
    "",
    fuzz(figures["fuzz-routes"], "route handler"),
    "## 3. Ghi đồng thời",
    "",
    concurrency(vitest),
    "## 4. Sao lưu và khôi phục",
    "",
    scalars(figures["backup-restore"]),
    "## 5. Ngắt tiến trình giữa chừng (SIGKILL)",
    "",
    killed(figures["killed-mutation"]),
    "## 6. Tải: 50 người dùng đồng thời trong 60 giây",
    "",
    load(figures["load"]),
    "## 7. OWASP ASVS 5.0 mức 2",
    "",
    asvsTable(input.asvs),
  ].join("\n");
}
