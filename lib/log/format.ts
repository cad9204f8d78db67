// One JSON line per log event (docs/decisions/050-backup-health-logs.md): time, level, request id,
// message and fields, with secrets and personal data replaced before anything is written.
export type LogLevel = "info" | "warn" | "error";

/** Keys whose values never reach a log: credentials and personal data. */
const SECRET_KEY = /password|passwd|token|secret|cookie|authorization|email|phone|idnumber|cccd/i;
const REDACTED = "[redacted]";
/** Connection strings carry a password: postgresql://user:secret@host → postgresql://user:[redacted]@host. */
const URL_PASSWORD = /(\/\/[^:@/\s]+:)[^@/\s]+@/g;

function redactString(text: string): string {
  return text.replace(URL_PASSWORD, `$1${REDACTED}@`);
}

/** A copy of `value` safe to log: secret keys masked, errors reduced to name, message and stack. */
export function redact(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return redactString(value);
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (value instanceof Error) {
    const cause = (value as { cause?: unknown }).cause;
    return { name: value.name, message: redactString(value.message), stack: value.stack && redactString(value.stack), ...(cause === undefined ? {} : { cause: redact(cause, seen) }) };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redact(v, seen)]));
}

export type LogEvent = { level: LogLevel; message: string; requestId?: string; fields?: Record<string, unknown>; time?: Date };

export function formatLogLine({ level, message, requestId, fields, time = new Date() }: LogEvent): string {
  const safe = (fields ? redact(fields) : {}) as Record<string, unknown>;
  return JSON.stringify({ time: time.toISOString(), level, ...(requestId ? { requestId } : {}), message: redactString(message), ...safe });
}
