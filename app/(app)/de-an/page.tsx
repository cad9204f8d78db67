import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { SearchForm } from "@/components/ui/search-form";
import { canDraftProject, registerCandidates, registersWithCuc } from "@/lib/projects/policy";
import { BulkRegisterTable } from "./_components/bulk-register";
import { requireActor } from "@/lib/auth/session";
import { listFilterOptions } from "@/lib/projects/list-options";
import { formatAmount } from "@/lib/format";
import { nameAt } from "@/lib/organisations/names";
import { listProjects } from "@/lib/projects/queries";
import { ProjectListInputSchema } from "@/lib/projects/schemas";
import { cursorParams } from "@/lib/keyset";
import { PROJECT_STATUSES } from "@/lib/projects/statuses";
import { planYearNumbers } from "@/lib/plan-years/queries";
import { awaitingStatusesFor } from "@/lib/dashboard/queries";

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = await searchParams;
  const input = ProjectListInputSchema.parse({ ...params, ...cursorParams(params) });
  const [page, options, planYears] = await Promise.all([listProjects(actor, input), listFilterOptions(actor), planYearNumbers()]);
  const years = [...planYears].reverse();
  const select = "rounded border border-slate-300 px-2 py-2 text-sm";
  const columns: DataColumn[] = [
    { key: "code", header: t("projects.code") },
    { key: "title", header: t("projects.name") },
    { key: "year", header: t("projects.planYear") },
    { key: "source", header: t("projects.source") },
    { key: "province", header: t("common.province") },
    { key: "implementer", header: t("projects.implementer") },
    { key: "status", header: t("common.status") },
    { key: "support", header: t("projects.support"), align: "right" },
  ];
  const table = {
    columns,
    emptyText: t("common.noResults"),
    rows: page.rows.map((p) => ({
      id: p.id,
      cells: {
        code: { text: p.code, href: `/de-an/${p.id}` },
        title: { text: p.title },
        year: { text: p.endYear > p.planYear ? `${p.planYear}–${p.endYear}` : String(p.planYear) },
        source: { text: t(`fundingSource.${p.fundingSource.code}`) },
        province: { text: p.province?.name ?? "—" },
        implementer: { text: nameAt(p.implementer.names) },
        status: { text: t(`status.${p.status}`) },
        support: { text: formatAmount(p.supportAmount, "trieu"), sort: Number(p.supportAmount / 1000n) },
      },
    })),
  };
  const candidates = registerCandidates(actor, page.rows);
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader title={t("projects.title")}>{t("projects.unitTrieu")}</PageHeader>
        <div className="flex gap-2">
          {canDraftProject(actor) ? <Link href="/de-an/moi" className="rounded bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">+ {t("projectList.newProject")}</Link> : null}
          <Link href="/de-an/excel" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">{t("projectList.excel")}</Link>
        </div>
      </div>
      <SearchForm q={input.q}>
        <select name="year" defaultValue={input.year ?? ""} aria-label={t("projects.planYear")} className={select}>
          <option value="">{t("projects.planYear")}: {t("common.all")}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        <select name="source" defaultValue={input.source ?? ""} aria-label={t("projects.source")} className={select}>
          <option value="">{t("projects.source")}: {t("common.all")}</option>
          <option value="KCQG">{t("fundingSource.KCQG")}</option>
          <option value="KCDP">{t("fundingSource.KCDP")}</option>
        </select>
        <select name="status" defaultValue={input.status ?? ""} aria-label={t("common.status")} className={select}>
          <option value="">{t("common.status")}: {t("common.all")}</option>
          {PROJECT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
        <select name="kind" defaultValue={input.kind ?? ""} aria-label={t("projectList.kind")} className={select}>
          <option value="">{t("projectList.kind")}: {t("common.all")}</option>
          {(["FLAGSHIP", "GROUP", "STANDARD"] as const).map((k) => <option key={k} value={k}>{t(`projectKind.${k}`)}</option>)}
        </select>
        <select name="content" defaultValue={input.content ?? ""} aria-label={t("projectList.content")} className={`${select} max-w-56`}>
          <option value="">{t("projectList.content")}: {t("common.all")}</option>
          {options.contents.map((c) => <option key={c.code} value={c.code}>{c.code} {c.name}</option>)}
        </select>
        {options.provinces.length > 1 ? (
          <select name="province" defaultValue={input.province ?? ""} aria-label={t("projectList.province")} className={select}>
            <option value="">{t("projectList.province")}: {t("common.all")}</option>
            {options.provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        ) : null}
        <select name="sort" defaultValue={input.sort} aria-label={t("projectList.sort")} className={select}>
          {(["year", "code", "title", "support", "status"] as const).map((k) => <option key={k} value={k}>{t("projectList.sort")}: {t(`projectList.sort${k[0]!.toUpperCase()}${k.slice(1)}` as "projectList.sortYear")}</option>)}
        </select>
        <select name="dir" defaultValue={input.dir} aria-label={t("projectList.sort")} className={select}>
          <option value="desc">{t("projectList.desc")}</option>
          <option value="asc">{t("projectList.asc")}</option>
        </select>
        {input.awaiting ? <input type="hidden" name="awaiting" value="1" /> : null}
      </SearchForm>
      {input.awaiting ? (
        <p className="mb-2 text-sm text-slate-700" data-testid="awaiting-filter">
          {t("projectList.awaitingFilter", { statuses: awaitingStatusesFor(actor).map((s) => t(`status.${s}`)).join(", ") })}{" "}
          <Link href="/de-an" className="text-blue-700 underline">{t("projectList.clearFilter")}</Link>
        </p>
      ) : null}
      {candidates.length > 0 || registersWithCuc(actor) ? <BulkRegisterTable {...table} candidates={candidates} /> : <DataTable {...table} />}
      <KeysetPagination total={page.total} over={page.over} prev={page.prev} next={page.next} basePath="/de-an" params={{ q: input.q, year: input.year?.toString(), source: input.source, status: input.status, kind: input.kind, content: input.content, province: input.province, awaiting: input.awaiting, sort: input.sort, dir: input.dir }} />
    </div>
  );
}
