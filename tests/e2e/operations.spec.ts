// The production server's health check and request ids (decision 050).
import { expect, test } from "@playwright/test";

test("the health check answers ok without a session, and echoes a valid request id", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { "x-request-id": "monitor-0001" }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: { pending: 0 } });
  expect(response.headers()["x-request-id"]).toBe("monitor-0001");
});

test("a page gets a fresh request id when the caller sends none", async ({ request }) => {
  const response = await request.get("/dang-nhap");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
