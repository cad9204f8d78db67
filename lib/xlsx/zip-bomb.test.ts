// A zip whose central directory lies: every entry declares a few hundred bytes, but the sheet
// really inflates to 400 MB. The declared-size sum passes; only counting real output refuses it.
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { checkXlsxBytes, MAX_UNCOMPRESSED_BYTES } from "./file-check";
import { loadCheckedWorkbook } from "./load";

const MB = 1024 * 1024;
const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => Math.floor(n / 256 ** i) % 256);

type Part = { name: string; data: Uint8Array; declaredSize: number };

/** Deflated zeros, produced a megabyte at a time so the test itself never holds the inflated size. */
async function deflatedZeros(megabytes: number): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  const zeros = Buffer.alloc(MB);
  for (let i = 0; i < megabytes; i++) if (!deflater.write(zeros)) await new Promise((r) => deflater.once("drain", r));
  deflater.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

/** A deflated zip whose directory and local headers declare `declaredSize` for each part. */
function lyingZip(parts: Part[]): Uint8Array {
  const enc = new TextEncoder();
  const local: number[][] = [];
  const central: number[] = [];
  let offset = 0;
  const bodies: Uint8Array[] = [];
  for (const p of parts) {
    const name = [...enc.encode(p.name)];
    const sizes = [...le(0, 4), ...le(p.data.byteLength, 4), ...le(p.declaredSize, 4)];
    const header = [...le(0x04034b50, 4), ...le(20, 2), 0, 0, ...le(8, 2), 0, 0, 0, 0, ...sizes, ...le(name.length, 2), 0, 0, ...name];
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), 0, 0, ...le(8, 2), 0, 0, 0, 0, ...sizes, ...le(name.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(offset, 4), ...name);
    local.push(header);
    bodies.push(p.data);
    offset += header.length + p.data.byteLength;
  }
  const eocd = [...le(0x06054b50, 4), 0, 0, 0, 0, ...le(parts.length, 2), ...le(parts.length, 2), ...le(central.length, 4), ...le(offset, 4), 0, 0];
  const chunks = parts.flatMap((_, i) => [new Uint8Array(local[i]!), bodies[i]!]);
  return new Uint8Array(Buffer.concat([...chunks, new Uint8Array(central), new Uint8Array(eocd)]));
}

const xml = (text: string): Part => ({ name: "", data: new Uint8Array(deflateRawSync(text)), declaredSize: Buffer.byteLength(text) });
const basics = (): Part[] => [{ ...xml("<Types/>"), name: "[Content_Types].xml" }, { ...xml("<workbook/>"), name: "xl/workbook.xml" }];

describe("zip bombs whose directory lies about sizes", () => {
  it("refuses a 400 KB file that inflates to 400 MB, with memory growth far below what it inflates to", async () => {
    const sheet = await deflatedZeros(400);
    expect(sheet.byteLength).toBeLessThan(MB);
    const bomb = lyingZip([...basics(), { name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize: 300 }]);
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakBuffers = before.arrayBuffers;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    }, 1);
    const result = await checkXlsxBytes(bomb);
    clearInterval(sampler);
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, after.rss);
    peakBuffers = Math.max(peakBuffers, after.arrayBuffers);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/giải nén quá lớn \(trên 50 MB\)/) });
    expect(peakRss - before.rss).toBeLessThan(100 * MB);
    expect(peakBuffers - before.arrayBuffers).toBeLessThan(100 * MB);
  });

  it("refuses an entry that inflates to more than it declares, even when small", async () => {
    const sheet = { ...xml("<worksheet>" + "x".repeat(5000) + "</worksheet>"), name: "xl/worksheets/sheet1.xml", declaredSize: 10 };
    expect(await checkXlsxBytes(lyingZip([...basics(), sheet]))).toMatchObject({ ok: false, message: expect.stringMatching(/không khớp/) });
  });

  it("accepts honest parts and answers a bomb through the workbook loader with a validation error", async () => {
    expect(await checkXlsxBytes(lyingZip(basics()))).toEqual({ ok: true });
    const bomb = lyingZip([...basics(), { name: "xl/worksheets/sheet1.xml", data: await deflatedZeros(60), declaredSize: 300 }]);
    const refusal = await loadCheckedWorkbook(bomb).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("giải nén quá lớn") });
    expect(MAX_UNCOMPRESSED_BYTES).toBe(50 * MB);
  });
});
