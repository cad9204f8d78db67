// Figures a reliability test hands to `npm run verify:reliability` (scripts/verify-reliability.ts),
// which renders docs/reliability.md from them. Outside that run nothing is written.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const FIGURES_DIR_ENV = "RELIABILITY_FIGURES_DIR";

/** Writes `<dir>/<name>.json` when the verify run asked for figures; a no-op otherwise. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const dir = process.env[FIGURES_DIR_ENV];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ name, recordedAt: new Date().toISOString(), ...figures }, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2));
}
