import { describe, expect, it } from "vitest";
import { readJsonBody } from "./body";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) => new Request("http://localhost/api/v1/x", { method: "POST", body, headers });
const refusal = async (request: Request, max = 64) => {
  try {
    await readJsonBody(request, max);
  } catch (error) {
    return error as { status: number; code: string; message: string };
  }
  throw new Error("expected a refusal");
};

describe("readJsonBody", () => {
  it("parses a JSON body within the limit, with or without a charset", async () => {
    expect(await readJsonBody(post('{"rows":[]}'), 64)).toEqual({ rows: [] });
    expect(await readJsonBody(post('{"a":"Hà Nội"}', { "content-type": "application/json; charset=utf-8" }), 64)).toEqual({ a: "Hà Nội" });
  });

  it("refuses a body that is not declared JSON with 415", async () => {
    expect(await refusal(post("a=1", { "content-type": "application/x-www-form-urlencoded" }))).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
    expect(await refusal(post("{}", {}))).toMatchObject({ status: 415 });
  });

  it("refuses an oversized body with 413, from its declared length or while reading", async () => {
    expect(await refusal(post(JSON.stringify({ x: "y".repeat(100) })))).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(`"${"z".repeat(40)}`)); c.enqueue(new TextEncoder().encode(`${"z".repeat(40)}"`)); c.close(); } });
    const chunked = new Request("http://localhost/api/v1/x", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(await refusal(chunked)).toMatchObject({ status: 413 });
  });

  it("refuses text that is not JSON, or not UTF-8, with 400 in Vietnamese", async () => {
    expect(await refusal(post("{rows: [}"))).toMatchObject({ status: 400, code: "VALIDATION", message: expect.stringContaining("không phải JSON hợp lệ") });
    expect(await refusal(post(""))).toMatchObject({ status: 400 });
    expect(await refusal(post(new Uint8Array([0x22, 0xff, 0x22])))).toMatchObject({ status: 400 });
  });
});
