// `npm run verify:reliability`: reruns the evidence behind docs/reliability.md and rewrites it —
// every unit and integration test (the authorization matrix, fuzzing, concurrency, backup round
// trip and SIGKILL tests among them, each handing its figures over through
// RELIABILITY_FIGURES_DIR), then the 60 s load test on a production build. Exits 1 when any of it
// failed, so the page never claims what the run did not show. `--skip-load` leaves the load out;
// `--render-only` rewrites the page from the last run's figures (after a change to the page's layout).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FIGURES_DIR_ENV } from "../tests/security/figures";
import { ASVS_CHECKLIST } from "./reliability/asvs";
import { renderReliability, type Figures, type VitestReport } from "./reliability/render";

const OUT = path.resolve(".data/reliability");
const renderOnly = process.argv.includes("--render-only");
const skipLoad = renderOnly || process.argv.includes("--skip-load");
if (!renderOnly) rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const env = { ...process.env, [FIGURES_DIR_ENV]: OUT };

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}\n`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

const vitestOk = renderOnly ? existsSync(path.join(OUT, "vitest.json")) : run("Unit và integration (vitest, PostgreSQL thật)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${OUT}/vitest.json`]);
const loadOk = skipLoad || run("Tải 50 người dùng × 60 giây (bản build production)", "npm", ["run", "load"]);

const readJson = <T>(file: string): T | null => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null);
const figures: Figures = Object.fromEntries(
  readdirSync(OUT)
    .filter((f) => f.endsWith(".json") && f !== "vitest.json")
    .map((f) => [f.replace(/\.json$/, ""), readJson<Record<string, unknown>>(path.join(OUT, f)) ?? undefined]),
);
const vitest = readJson<VitestReport>(path.join(OUT, "vitest.json"));
const matrix = figures["authorization-matrix"];
const matrixOk = matrix?.unexpectedAllows === 0 && matrix?.unexpectedDenials === 0;

const page = renderReliability({ generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC", machine: `${os.cpus().length} nhân, Node ${process.version}`, vitest, figures, asvs: ASVS_CHECKLIST });
writeFileSync("docs/reliability.md", page);
console.log(`\n${vitestOk && loadOk && matrixOk ? "✔" : "✖"} docs/reliability.md đã được viết lại: vitest ${vitestOk ? "đạt" : "KHÔNG ĐẠT"}, ma trận phân quyền ${matrixOk ? "đạt" : "KHÔNG ĐẠT"}, tải ${skipLoad ? "bỏ qua" : loadOk ? "đạt" : "KHÔNG ĐẠT"}.`);
process.exit(vitestOk && loadOk && matrixOk ? 0 : 1);
