// Node streams of the workbook writers (exceljs's WorkbookWriter writes into a Node stream) as the
// web ReadableStream a route's Response takes, pulled chunk by chunk so a slow download holds
// back the writer instead of piling up bytes; and the whole of such a stream as one Buffer.
import type { Readable, Writable } from "node:stream";

/** A web stream read from `source` on demand; cancelling it (the client went away) destroys `source`. */
export function toWebStream(source: Readable): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

/**
 * Resolves once `out` has room again (at once if it has); rejects if it is destroyed meanwhile,
 * so a writer waiting on a download that was cancelled stops.
 */
export function roomIn(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error("output closed"));
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off("drain", onDrain);
      out.off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error("output closed"));
    out.on("drain", onDrain);
    out.on("close", onClose);
  });
}

/** Every byte of a web stream, for tests and callers that need the file whole. */
export async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}
