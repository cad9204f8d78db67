// `npm run reports:rebuild`: rebuilds the report aggregate LedgerMonthTotal from the ledger in one
// transaction and proves it equals the records (EXCEPT both ways). Prints the row counts and
// "khớp", or the differences and exits 1. DATABASE_URL, else the embedded development database.
import { createDb } from "../lib/db/client";
import { rebuildLedgerMonthTotals } from "../lib/reports/rebuild";
import { exitWithSetupError, redact, resolveDevDatabase } from "./lib/database-url";

async function main(): Promise<void> {
  const database = await resolveDevDatabase();
  const client = createDb(database.url);
  try {
    const r = await rebuildLedgerMonthTotals(client);
    console.log(`${redact(database.url)}: LedgerMonthTotal trước ${r.before} dòng, dựng lại ${r.rebuilt} dòng; từ chứng từ (LedgerMonthTotalFromRecords) ${r.fromRecords} dòng.`);
    const drift = r.driftBefore.onlyInTable + r.driftBefore.onlyInRecords;
    if (drift) console.log(`Trước khi dựng lại, bảng lệch ${r.driftBefore.onlyInTable} dòng (chỉ trong bảng) và ${r.driftBefore.onlyInRecords} dòng (chỉ trong sổ cái); nay đã dựng lại.`);
    if (r.equal) console.log("khớp: bảng tổng hợp bằng đúng số liệu tính từ sổ cái.");
    else {
      if (r.onlyInTable + r.onlyInRecords) console.log(`KHÔNG khớp: ${r.onlyInTable} dòng chỉ có trong bảng, ${r.onlyInRecords} dòng chỉ có khi tính từ sổ cái.`);
      process.exitCode = 1;
    }
  } finally {
    await client.$disconnect();
    await database.embedded?.stop();
  }
}

main().catch(exitWithSetupError);
