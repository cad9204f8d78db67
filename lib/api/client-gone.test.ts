import { describe, expect, it } from "vitest";
import { clientGone } from "./client-gone";

/** What Node's http server rejects a body read with when the client's socket closes. */
const connReset = () => Object.assign(new Error("aborted"), { code: "ECONNRESET" });

describe("a client that went away", () => {
  it("is recognised by Node's aborted body read or by the request's aborted signal", () => {
    expect(clientGone(connReset())).toBe(true);
    const controller = new AbortController();
    controller.abort();
    expect(clientGone(new Error("anything"), controller.signal)).toBe(true);
  });

  it("is not any other failure", () => {
    expect(clientGone(new Error("aborted"))).toBe(false);
    expect(clientGone(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(false);
    expect(clientGone(new TypeError("g is not iterable"), new AbortController().signal)).toBe(false);
    expect(clientGone("aborted")).toBe(false);
  });
});
