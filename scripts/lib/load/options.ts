// Flags and ports of `npm run load` (docs/decisions/054). Its cluster and app ports sit beside
// dev (54329/3000), test (54339), e2e (54359/3100) and bench (54369), all shifted by KC_PORT_OFFSET.
export type LoadOptions = { durationS: number; connections: number; skipBuild: boolean };

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);
export const LOAD_CLUSTER = { dataDir: ".data/postgres-load", port: 54379 + offset };
export const LOAD_DATABASE = "kc_load";
export const LOAD_APP_PORT = 3200 + offset;
export const LOAD_ORIGIN = `http://127.0.0.1:${LOAD_APP_PORT}`;

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
}

function positive(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} phải là số nguyên dương (nhận "${text}").`);
  return n;
}

export function parseLoadOptions(argv: readonly string[]): LoadOptions {
  return {
    durationS: positive(flag(argv, "duration"), 60, "duration"),
    connections: positive(flag(argv, "connections"), 50, "connections"),
    skipBuild: argv.includes("--skip-build"),
  };
}
