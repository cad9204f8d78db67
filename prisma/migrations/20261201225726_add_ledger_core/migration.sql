-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "confirmedById" UUID,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "reversesId" UUID,
ADD COLUMN     "treasuryRef" TEXT,
ADD COLUMN     "voucherRef" TEXT;

-- CreateTable
CREATE TABLE "LedgerYearClosing" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "closedOn" DATE NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "LedgerYearClosing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvanceRule" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "contentCode" TEXT,
    "description" TEXT NOT NULL,
    "firstAdvanceBp" INTEGER NOT NULL,
    "firstAdvanceAfterAcceptance" BOOLEAN NOT NULL DEFAULT false,
    "advanceCapBp" INTEGER NOT NULL,
    "requiredDocuments" TEXT[],
    "status" "NormStatus" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "AdvanceRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LedgerYearClosing_contractId_year_key" ON "LedgerYearClosing"("contractId", "year");

-- CreateIndex
CREATE INDEX "AdvanceRule_contentCode_validFrom_idx" ON "AdvanceRule"("contentCode", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "AdvanceRule_code_validFrom_key" ON "AdvanceRule"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_reversesId_key" ON "LedgerEntry"("reversesId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_idempotencyKey_key" ON "LedgerEntry"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_contractId_voucherRef_key" ON "LedgerEntry"("contractId", "voucherRef");

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerYearClosing" ADD CONSTRAINT "LedgerYearClosing_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: every ledger amount is positive; the kind (and a reversal link) gives the direction.
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_amount_positive" CHECK ("amount" > 0);

-- Hand-written: the ledger stays append-only. The one UPDATE allowed is its confirmation, once:
-- confirmedById and confirmedAt go from null to set and no other column changes.
CREATE FUNCTION "ledger_entry_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD."confirmedById" IS NULL AND NEW."confirmedById" IS NOT NULL AND NEW."confirmedAt" IS NOT NULL
     AND (to_jsonb(NEW) - 'confirmedById' - 'confirmedAt') = (to_jsonb(OLD) - 'confirmedById' - 'confirmedAt') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is not allowed on append-only table %', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER "LedgerEntry_append_only" ON "LedgerEntry";
CREATE TRIGGER "LedgerEntry_append_only"
  BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "ledger_entry_append_only"();
