"use client";
// Data grid on TanStack Table v9. Rows arrive pre-formatted from the server (DTOs of strings),
// so no money or personal data is computed in the browser; sorting here orders the current page.
import { ActionButton } from "@/components/ui/action-button";
import { useMemo } from "react";
import { keepsOneLine, type DataColumn } from "./table-columns";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, tableFeatures, useTable } from "@tanstack/react-table";

export type Cell = { text: string; href?: string; sort?: string | number; muted?: boolean };
export type DataRow = { id: string; cells: Record<string, Cell> };
export type { DataColumn };
/** A leading column of checkboxes for the rows an action may take (e.g. registering several đề án). */
export type RowSelection = { header: string; selectable: ReadonlySet<string>; chosen: ReadonlySet<string>; onToggle: (id: string) => void; label: (id: string) => string };

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { alphanumeric: sortFn_alphanumeric } });
const helper = createColumnHelper<typeof features, DataRow>();

export function DataTable({ columns, rows, emptyText, caption, selection }: { columns: DataColumn[]; rows: DataRow[]; emptyText: string; caption?: string; selection?: RowSelection }) {
  const t = useTranslations("common");
  const sortLabels = { asc: t("sortAsc"), desc: t("sortDesc") };
  // Rows come from the server; a refresh brings a new array, which the table picks up.
  const data = rows;
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map((c) =>
          helper.accessor((row) => row.cells[c.key]?.sort ?? row.cells[c.key]?.text ?? "", {
            id: c.key,
            header: c.header,
            enableSorting: c.sortable ?? true,
            sortFn: "alphanumeric",
          }),
        ),
      ),
    [columns],
  );
  const table = useTable({ features, columns: columnDefs, data });
  const align = (key: string) => (columns.find((c) => c.key === key)?.align === "right" ? "text-right tabular-nums" : "text-left");

  if (data.length === 0) return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">{emptyText}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        {caption ? <caption className="px-3 py-2 text-left text-xs text-slate-500">{caption}</caption> : null}
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selection ? <th scope="col" className="w-8 px-3 py-2 text-left font-semibold text-slate-700"><span className="sr-only">{selection.header}</span></th> : null}
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" className={`px-3 py-2 font-semibold text-slate-700 ${align(header.column.id)}`} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}>
                    {header.column.getCanSort() ? (
                      <ActionButton type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 hover:underline" title={sorted === "asc" ? sortLabels.desc : sortLabels.asc}>
                        <table.FlexRender header={header} />
                        <span aria-hidden>{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </ActionButton>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.original.id} className="border-t border-slate-100 hover:bg-slate-50">
              {selection ? (
                <td className="px-3 py-2 align-top">
                  {selection.selectable.has(row.original.id) ? <input type="checkbox" aria-label={selection.label(row.original.id)} checked={selection.chosen.has(row.original.id)} onChange={() => selection.onToggle(row.original.id)} /> : null}
                </td>
              ) : null}
              {columns.map((c) => {
                const cell = row.original.cells[c.key];
                return (
                  <td key={c.key} className={`px-3 py-2 align-top ${align(c.key)} ${keepsOneLine(c) ? "whitespace-nowrap" : ""} ${cell?.muted ? "text-slate-500" : ""}`}>
                    {cell?.href ? (
                      <Link href={cell.href} className="text-blue-700 hover:underline">
                        {cell.text}
                      </Link>
                    ) : (
                      (cell?.text ?? "")
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
