// The streamed Mẫu 2 export (docs/decisions/059) against real PostgreSQL: the đề án come in keyset
// batches yet the file has each once, in code order, only those of the actor's scope, and a totals
// row that adds up what the file holds.
import { beforeAll, describe, expect, it } from "vitest";
import { exportMau2 } from "../../lib/mau-2/queries";
import { collect } from "../../lib/xlsx/stream";
import { cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { openWorkbook } from "../fixtures/xlsx/mau-2-file";
import { testDb } from "./db";

const db = testDb;
type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
const codes: Record<"a" | "b", string[]> = { a: [], b: [] };

async function exported(actor: World["sct"], batchSize: number) {
  const file = await exportMau2(actor, { year: 2027, includeDraftsAndRejected: true }, (s) => s, { batchSize });
  return { fileName: file.fileName, ws: await openWorkbook(await collect(file.body)) };
}

/** Codes of the data rows (under the header, above "Tổng cộng"). */
function dataCodes(ws: Awaited<ReturnType<typeof openWorkbook>>): string[] {
  const found: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 5 && row.getCell(3).value !== "Tổng cộng") found.push(String(row.getCell(2).value));
  });
  return found;
}

beforeAll(async () => {
  const { kcqg } = await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Xuất Luồng A");
  b = await provinceWorld(db(), "Tỉnh Xuất Luồng B");
  for (const [key, w, count] of [["a", a, 5], ["b", b, 3]] as const) {
    for (let i = 0; i < count; i++) {
      const p = await draftProject(db(), { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: kcqg.id, title: `Đề án xuất luồng ${key} ${i}` });
      // Amounts differ per đề án, with a đồng the triệu column must keep.
      const row = await db().project.update({ where: { id: p.id }, data: { totalCost: BigInt(i + 1) * 1_000_000_001n, supportAmount: BigInt(i + 1) * 400_000_000n, counterpartAmount: BigInt(i + 1) * 600_000_001n, otherAmount: 0n }, select: { code: true } });
      codes[key].push(row.code);
    }
  }
  codes.a.sort();
  codes.b.sort();
});

describe("streamed Mẫu 2 export", () => {
  it("gives a province's SCT its own đề án once each, in code order, across batches, and none of another province", async () => {
    const { fileName, ws } = await exported(a.sct, 2);
    expect(fileName).toBe("mau-2-dang-ky-2027.xlsx");
    expect(dataCodes(ws)).toEqual(codes.a);
    expect(ws.getRow(6).getCell(1).value).toBe(1);
    expect(ws.getRow(10).getCell(1).value).toBe(5);
    const other = dataCodes((await exported(b.sct, 2)).ws);
    expect(other).toEqual(codes.b);
  });

  it("sums the totals row over every batch, to the đồng", async () => {
    const { ws } = await exported(a.sct, 2);
    const totals = ws.getRow(11);
    expect(totals.getCell(3).value).toBe("Tổng cộng");
    // 1+2+3+4+5 = 15 times each amount, in triệu.
    expect(totals.getCell(12).value).toBe(15_000.000015);
    expect(totals.getCell(13).value).toBe(6_000);
    expect(totals.getCell(14).value).toBe(9_000.000015);
    expect(totals.getCell(15).value).toBe(0);
    expect(ws.getRow(12).getCell(3).value).toBeNull();
  });

  it("gives the Cục both provinces, with a batch boundary at the last row", async () => {
    const all = dataCodes((await exported(await cucStaff(db()), 4)).ws);
    expect(all).toEqual(expect.arrayContaining([...codes.a, ...codes.b]));
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
  });
});
