-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "projectId" UUID;

-- CreateIndex
CREATE INDEX "AuditLog_projectId_id_idx" ON "AuditLog"("projectId", "id");

-- CreateIndex
CREATE INDEX "AuditLog_action_id_idx" ON "AuditLog"("action", "id");

-- Hand-written: fill the new column from what the entries already say. The append-only trigger is
-- set aside for this one derived column only, inside the migration's own transaction.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
UPDATE "AuditLog" SET "projectId" = CASE
    WHEN "entityType" = 'Project' AND "entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN "entityId"::uuid
    WHEN jsonb_typeof("data") = 'object' AND ("data"->>'projectId') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN ("data"->>'projectId')::uuid
  END
WHERE "projectId" IS NULL;
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

-- Hand-written: TRUNCATE bypasses row triggers, so refuse it with a statement trigger too.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_update_or_delete"();
