import { describe, expect, it, vi } from "vitest";
import { authOptions } from "./options";

// authOptions() reads the env once; no database is opened.
vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1/unused");

const baseUrl = "https://khuyencong.example";
const redirect = (url: string) => authOptions().callbacks!.redirect!({ url, baseUrl }) as string;

describe("next-auth redirect callback", () => {
  it.each(["/\\evil.com", "//evil.com", "/\t/evil.com", "https://evil.com/", "javascript:alert(1)"])("sends %j home", (url) => {
    expect(redirect(url)).toBe(`${baseUrl}/`);
  });

  it("keeps same-origin targets", () => {
    expect(redirect("/de-an?year=2024")).toBe(`${baseUrl}/de-an?year=2024`);
    expect(redirect(`${baseUrl}/ke-hoach`)).toBe(`${baseUrl}/ke-hoach`);
  });
});
