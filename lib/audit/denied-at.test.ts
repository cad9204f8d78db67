import { describe, expect, it } from "vitest";
import { REQUEST_PATH_HEADER } from "../http/request-path";
import { denialPlace } from "./denied-at";

describe("denialPlace", () => {
  it("names the page's path and the action's id", () => {
    const headers = new Headers({ [REQUEST_PATH_HEADER]: "/de-an/7d1c", "next-action": "40ab12cd" });
    expect(denialPlace("server action", headers)).toBe("server action /de-an/7d1c #40ab12cd");
    expect(denialPlace("page", new Headers({ [REQUEST_PATH_HEADER]: "/ke-hoach/1" }))).toBe("page /ke-hoach/1");
  });

  it("drops an action id that is not one, bounds the path, and falls back to the edge", () => {
    const headers = new Headers({ [REQUEST_PATH_HEADER]: `/${"a".repeat(500)}`, "next-action": "x<script>" });
    expect(denialPlace("server action", headers)).toBe(`server action /${"a".repeat(199)}`);
    expect(denialPlace("page", null)).toBe("page");
    expect(denialPlace("page", new Headers())).toBe("page");
  });
});
