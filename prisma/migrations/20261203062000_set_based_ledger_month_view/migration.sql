-- Hand-written (docs/decisions/055): the view the report aggregate is rebuilt from and proved
-- equal to, computed set-based. The former definition called kc_main_content() and
-- kc_programme_money() once per ledger row (two correlated lookups each); at 1,4 million entries
-- one evaluation took about 30 s and the rebuild, which evaluates it six times, exceeded its
-- transaction timeout. Same columns, same rows: the main content is still the category of the
-- largest-support budget line (then the lowest line number), else the first content by sortOrder
-- and code; programme money is still everything but a support contract under a main contract.
-- The trigger keeps the functions: for one inserted row they are the cheap way.
CREATE OR REPLACE VIEW "LedgerMonthTotalFromRecords" AS
  WITH main AS (
    SELECT p.id, COALESCE(bl."contentCategoryId", pc."contentCategoryId") AS content
    FROM "Project" p
    LEFT JOIN (SELECT DISTINCT ON (l."projectId") l."projectId", l."contentCategoryId" FROM "ProjectBudgetLine" l
                WHERE l."contentCategoryId" IS NOT NULL ORDER BY l."projectId", l."supportAmount" DESC, l."lineNo") bl ON bl."projectId" = p.id
    LEFT JOIN (SELECT DISTINCT ON (x."projectId") x."projectId", x."contentCategoryId" FROM "ProjectContent" x JOIN "ContentCategory" cc ON cc.id = x."contentCategoryId"
                ORDER BY x."projectId", cc."sortOrder", cc.code) pc ON pc."projectId" = p.id
  )
  SELECT EXTRACT(YEAR FROM e."occurredOn")::int AS "year", EXTRACT(MONTH FROM e."occurredOn")::int AS "month",
      p."provinceId", e."fundingSourceId", p."implementerId", p.kind AS "projectKind", p."planYear",
      m.content AS "contentCategoryId", e.kind, NOT COALESCE(c.kind = 'SUPPORT_CONTRACT' AND parent.kind <> 'TASK_ASSIGNMENT', false) AS programme,
      SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::bigint AS amount, COUNT(*)::int AS entries
    FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" JOIN main m ON m.id = p.id
    LEFT JOIN "Contract" c ON c.id = e."contractId" LEFT JOIN "Contract" parent ON parent.id = c."parentId"
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
;
