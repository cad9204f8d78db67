-- CreateIndex
CREATE INDEX "Project_planYear_code_idx" ON "Project"("planYear" DESC, "code");
