// How many bytes a raw DEFLATE stream really inflates to, without keeping them: the output is
// streamed in small chunks, counted and dropped, and the stream is destroyed as soon as the count
// passes the limit. So a zip bomb costs at most one chunk of memory, whatever it would inflate to.
import { createInflateRaw } from "node:zlib";

const CHUNK_BYTES = 64 * 1024;

export function inflatedSize(compressed: Uint8Array, limit: number): Promise<number | "over" | "corrupt"> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
    let total = 0;
    let settled = false;
    const settle = (result: number | "over" | "corrupt") => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(result);
    };
    inflater.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) settle("over");
    });
    inflater.on("end", () => settle(total));
    inflater.on("error", () => settle("corrupt"));
    inflater.end(compressed);
  });
}
