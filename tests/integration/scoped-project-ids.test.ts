// An id from the URL that is no UUID (the acceptance minutes and settlement sheet routes pass
// theirs straight through) is "not found", like a missing đề án: PostgreSQL refused it with an
// error that became a 500 (found by tests/integration/fuzz-routes.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { getAcceptanceMinutes, getAcceptancePage } from "../../lib/acceptance/queries";
import { NotFoundError } from "../../lib/errors";
import { loadSettlementSheets } from "../../lib/settlement/export-data";
import { loadLiquidationMinutes } from "../../lib/settlement/liquidation-pdf";
import { provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";

let sct: Actor;

beforeAll(async () => {
  sct = (await provinceWorld(db(), "Tỉnh Mã Lạ")).sct;
});

describe("a đề án id that is no UUID", () => {
  it.each(["Ｔｅｓｔ", "' OR 1=1 --", "0000-00-00", ""])("is not found for the acceptance and settlement reads: %j", async (id) => {
    await expect(getAcceptancePage(sct, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAcceptanceMinutes(sct, id, "00000000-0000-0000-0000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadSettlementSheets(sct, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadLiquidationMinutes(sct, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
