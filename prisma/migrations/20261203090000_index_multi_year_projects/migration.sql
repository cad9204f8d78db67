-- Hand-written (docs/decisions/064): the multi-year đề án of earlier plan years spanning a report
-- year are read from their ledger entries (lib/reports/ledger-rows.ts, outside-plan.ts). They are
-- a few hundred among ~100 000 đề án at scale 40; without this partial index the report found
-- them by a sequential scan of "Project". Prisma's schema cannot state a partial index, so it
-- lives here only (the snapshot is unchanged).
CREATE INDEX "Project_multiYear_endYear_idx" ON "Project" ("endYear", "planYear") WHERE "endYear" > "planYear";
