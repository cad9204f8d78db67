// Reading a JSON request body within a byte limit: 415 unless it is declared JSON, 413 past the
// limit (from Content-Length before reading, and counted while reading when it is absent or
// wrong), 400 for text that is not JSON. Never a 500 for what a client sent.
import { ApiRefusal } from "./errors";

const kib = (bytes: number) => Math.ceil(bytes / 1024);

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new ApiRefusal(415, "UNSUPPORTED_MEDIA_TYPE", "errors.api.notJson", { type: type || "—" });
  const tooLarge = new ApiRefusal(413, "PAYLOAD_TOO_LARGE", "errors.api.bodyTooLarge", { max: kib(maxBytes) });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge;
  const text = await readLimited(request, maxBytes, tooLarge);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiRefusal(400, "VALIDATION", "errors.api.badJson");
  }
}

async function readLimited(request: Request, maxBytes: number, tooLarge: ApiRefusal): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiRefusal(400, "VALIDATION", "errors.api.badJson");
  }
}
