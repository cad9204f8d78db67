import { describe, expect, it } from "vitest";
import { coalesce, combiner, type Outcome } from "./combining";

/** A runner that records its batches and answers each item doubled, or fails on a negative one. */
function recording(gate?: Promise<void>) {
  const batches: number[][] = [];
  const run = async (_first: number, take: () => number[]): Promise<Outcome<number>[]> => {
    await gate;
    const batch = take();
    batches.push(batch);
    return batch.map((n) => (n < 0 ? { ok: false, error: new Error(`refused ${n}`) } : { ok: true, value: n * 2 }));
  };
  return { batches, run };
}

describe("combiner", () => {
  it("runs one batch at a time per key; items arriving meanwhile form the next, in order, bounded", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { batches, run } = recording(gate);
    const queue = combiner(run, 3);
    const results = Promise.allSettled([1, 2, -3, 4, 5].map((n) => queue.submit("k", n)));
    expect(queue.depth("k")).toBe(5);
    open();
    const settled = await results;
    expect(batches).toEqual([[1, 2, -3], [4, 5]]);
    expect(settled.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([2, 4, "refused -3", 8, 10]);
    expect(queue.depth("k")).toBe(0);
  });

  it("keys do not wait for each other", async () => {
    const { batches, run } = recording();
    const queue = combiner(run);
    expect(await Promise.all([queue.submit("a", 1), queue.submit("b", 2)])).toEqual([2, 4]);
    expect(batches).toEqual([[1], [2]]);
  });

  it("a runner failing before it takes fails that batch's callers, and the queue goes on", async () => {
    let calls = 0;
    const queue = combiner<number, number>(async (_first, take) => {
      if (calls++ === 0) throw new Error("no connection");
      return take().map((n) => ({ ok: true, value: n }));
    });
    const first = queue.submit("k", 1);
    await expect(first).rejects.toThrow("no connection");
    expect(await queue.submit("k", 2)).toBe(2);
  });
});

describe("coalesce", () => {
  it("joins a read of the same key in flight, reads a new key apart, and reads again once settled", async () => {
    let reads = 0;
    const read = (value: string) => async () => {
      reads++;
      await Promise.resolve();
      return value;
    };
    expect(await Promise.all([coalesce("x", read("first")), coalesce("x", read("second")), coalesce("y", read("other"))])).toEqual(["first", "first", "other"]);
    expect(reads).toBe(2);
    expect(await coalesce("x", read("again"))).toBe("again");
  });

  it("gives the read's error to every caller that joined it", async () => {
    const failing = () => Promise.reject(new Error("not found"));
    const results = await Promise.allSettled([coalesce("z", failing), coalesce("z", failing)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});
