-- CreateEnum
CREATE TYPE "PeriodicReportChannel" AS ENUM ('SEED', 'FORM', 'XLSX', 'API');

-- DropIndex
DROP INDEX "ProvincialReport_provinceId_year_period_cutOffDate_fundingS_key";

-- AlterTable
ALTER TABLE "ProvincialReport" ADD COLUMN     "boothCount" INTEGER,
ADD COLUMN     "brandCount" INTEGER,
ADD COLUMN     "channel" "PeriodicReportChannel" NOT NULL DEFAULT 'SEED',
ADD COLUMN     "cleanerProductionCount" INTEGER,
ADD COLUMN     "facilityCount" INTEGER,
ADD COLUMN     "machineCount" INTEGER,
ADD COLUMN     "modelCount" INTEGER,
ADD COLUMN     "submittedById" UUID,
ADD COLUMN     "traineeCount" INTEGER,
ADD COLUMN     "typicalProductCount" INTEGER;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RedFlagDismissal" (
    "id" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "dismissedById" UUID NOT NULL,
    "dismissedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RedFlagDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerMonthTotal" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "provinceId" UUID,
    "fundingSourceId" UUID NOT NULL,
    "implementerId" UUID NOT NULL,
    "projectKind" "ProjectKind" NOT NULL,
    "planYear" INTEGER NOT NULL,
    "contentCategoryId" UUID,
    "kind" "LedgerKind" NOT NULL,
    "programme" BOOLEAN NOT NULL,
    "amount" BIGINT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "LedgerMonthTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RedFlagDismissal_rule_subjectKey_key" ON "RedFlagDismissal"("rule", "subjectKey");

-- CreateIndex
CREATE INDEX "LedgerMonthTotal_year_month_idx" ON "LedgerMonthTotal"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ProvincialReport_provinceId_year_period_fundingSourceId_key" ON "ProvincialReport"("provinceId", "year", "period", "fundingSourceId");

-- AddForeignKey
ALTER TABLE "ProvincialReport" ADD CONSTRAINT "ProvincialReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagDismissal" ADD CONSTRAINT "RedFlagDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written (docs/decisions/030): checks, the aggregate's unique key, and its maintenance.

ALTER TABLE "ProvincialReport" ADD CONSTRAINT "ProvincialReport_amounts_check" CHECK ("planAmount" >= 0 AND "executedAmount" >= 0 AND "projectCount" >= 0);
ALTER TABLE "ProvincialReport" ADD CONSTRAINT "ProvincialReport_counts_check" CHECK (
  COALESCE("modelCount", 0) >= 0 AND COALESCE("facilityCount", 0) >= 0 AND COALESCE("machineCount", 0) >= 0
  AND COALESCE("cleanerProductionCount", 0) >= 0 AND COALESCE("traineeCount", 0) >= 0 AND COALESCE("boothCount", 0) >= 0
  AND COALESCE("typicalProductCount", 0) >= 0 AND COALESCE("brandCount", 0) >= 0);
ALTER TABLE "LedgerMonthTotal" ADD CONSTRAINT "LedgerMonthTotal_month_check" CHECK ("month" BETWEEN 1 AND 12);

-- One row per reporting key; a đề án without province or main content still has exactly one row.
CREATE UNIQUE INDEX "LedgerMonthTotal_key" ON "LedgerMonthTotal"
  ("year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", "kind", "programme") NULLS NOT DISTINCT;

-- The đề án's main content: the category of its largest-support budget line, else its first content.
CREATE FUNCTION kc_main_content(project uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT l."contentCategoryId" FROM "ProjectBudgetLine" l
      WHERE l."projectId" = project AND l."contentCategoryId" IS NOT NULL
      ORDER BY l."supportAmount" DESC, l."lineNo" LIMIT 1),
    (SELECT pc."contentCategoryId" FROM "ProjectContent" pc JOIN "ContentCategory" cc ON cc.id = pc."contentCategoryId"
      WHERE pc."projectId" = project ORDER BY cc."sortOrder", cc.code LIMIT 1));
$$;

-- Programme money (docs/decisions/021): entries without a contract, on main contracts and task
-- assignments, and on support contracts under a task assignment; not support contracts under a
-- main contract (the pass-on of money already counted on the main contract).
CREATE FUNCTION kc_programme_money(contract uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT contract IS NULL OR NOT EXISTS (
    SELECT 1 FROM "Contract" c JOIN "Contract" parent ON parent.id = c."parentId"
    WHERE c.id = contract AND c.kind = 'SUPPORT_CONTRACT' AND parent.kind <> 'TASK_ASSIGNMENT');
$$;

-- The aggregate computed from the records: what the table must always equal (rebuild and verify).
CREATE VIEW "LedgerMonthTotalFromRecords" AS
  SELECT EXTRACT(YEAR FROM e."occurredOn")::int AS "year", EXTRACT(MONTH FROM e."occurredOn")::int AS "month",
    p."provinceId", e."fundingSourceId", p."implementerId", p.kind AS "projectKind", p."planYear",
    kc_main_content(p.id) AS "contentCategoryId", e.kind, kc_programme_money(e."contractId") AS programme,
    SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::bigint AS amount, COUNT(*)::int AS entries
  FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId"
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- Maintained in the same transaction as every ledger insert (entries are append-only: the one
-- UPDATE the ledger allows, the confirmation, moves no amount, and DELETE is refused).
CREATE FUNCTION kc_ledger_month_total_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LedgerMonthTotal" (id, "year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries)
  SELECT gen_random_uuid(), EXTRACT(YEAR FROM NEW."occurredOn")::int, EXTRACT(MONTH FROM NEW."occurredOn")::int,
    p."provinceId", NEW."fundingSourceId", p."implementerId", p.kind, p."planYear", kc_main_content(p.id), NEW.kind,
    kc_programme_money(NEW."contractId"), CASE WHEN NEW."reversesId" IS NULL THEN NEW.amount ELSE -NEW.amount END, 1
  FROM "Project" p WHERE p.id = NEW."projectId"
  ON CONFLICT ("year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", "kind", "programme")
  DO UPDATE SET amount = "LedgerMonthTotal".amount + EXCLUDED.amount, entries = "LedgerMonthTotal".entries + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "LedgerEntry_month_total" AFTER INSERT ON "LedgerEntry" FOR EACH ROW EXECUTE FUNCTION kc_ledger_month_total_add();

-- The entries recorded before this migration.
INSERT INTO "LedgerMonthTotal" (id, "year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries)
  SELECT gen_random_uuid(), r.* FROM "LedgerMonthTotalFromRecords" r;
