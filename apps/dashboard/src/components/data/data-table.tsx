"use client";
// A list's table: TanStack Table over rows the server already rendered (cells are React nodes), with
// columns the reader can hide. Rows arrive in the API's order; paging and filtering happen on the server.
import { useState, type ReactNode } from "react";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type VisibilityState } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { Columns3 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export interface DataColumn {
  id: string;
  header: string;
  /** Hidden until the reader shows it. */
  hidden?: boolean;
  className?: string;
}

export interface DataRow {
  id: string;
  cells: Record<string, ReactNode>;
}

export function DataTable({ columns, rows, caption, empty }: { columns: DataColumn[]; rows: DataRow[]; caption: string; empty: string }) {
  const t = useTranslations("lists");
  const [visibility, setVisibility] = useState<VisibilityState>(() => Object.fromEntries(columns.map((c) => [c.id, !c.hidden])));
  const columnDefs: ColumnDef<DataRow>[] = columns.map((c) => ({
    id: c.id,
    header: c.header,
    cell: ({ row }) => row.original.cells[c.id] ?? null,
    meta: { className: c.className },
  }));
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    state: { columnVisibility: visibility },
    onColumnVisibilityChange: setVisibility,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });
  const classOf = (id: string) => columns.find((c) => c.id === id)?.className;
  return (
    <div className="rounded-lg border bg-card">
      <div className="flex justify-end border-b px-2 py-1.5">
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="sm">
              <Columns3 aria-hidden /> {t("columns")}
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuLabel>{t("showColumns")}</DropdownMenuLabel>
            {table.getAllLeafColumns().map((column) => (
              <DropdownMenuCheckboxItem
                key={column.id}
                checked={column.getIsVisible()}
                onCheckedChange={(on) => column.toggleVisibility(on)}
                onSelect={(e) => e.preventDefault()}
              >
                {columns.find((c) => c.id === column.id)?.header}
              </DropdownMenuCheckboxItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id} className="hover:bg-transparent">
              {group.headers.map((header) => (
                <TableHead key={header.id} scope="col" className={classOf(header.column.id)}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length} className="py-10 text-center text-muted-foreground">
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            table.getRowModel().rows.map((row) => (
              <TableRow key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={classOf(cell.column.id)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
