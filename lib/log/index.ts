// The server's logger: `log.error("what failed", { error, projectId })` writes one JSON line
// (lib/log/format.ts) to stderr (info to stdout), tagged with the current request's id when there is
// one. Not "server-only": scripts (e.g. the daily digest) log through it too.
import { formatLogLine, type LogLevel } from "./format";
import { REQUEST_ID_HEADER } from "./request-id";

/** The id proxy.ts put on the request, or undefined outside a request (scripts, start-up). */
async function currentRequestId(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

async function write(level: LogLevel, message: string, fields?: Record<string, unknown>): Promise<void> {
  const line = formatLogLine({ level, message, requestId: await currentRequestId(), fields });
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
}

export const log = {
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
