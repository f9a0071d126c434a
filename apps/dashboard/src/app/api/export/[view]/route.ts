// GET /api/export/<view>?format=csv|json&<the view's own query>: the view's rows as a file, made from
// the same GraphQL queries the page runs (server-side, with the reader's session), never from the page.
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api";
import { exporters, isExportView } from "@/features/export/exporters";
import { toCsv, toJson } from "@/features/export/serialize";

const STATUS: Partial<Record<ApiError["code"], number>> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  UNREACHABLE: 503,
};

function problem(status: number, code: string, message: string): Response {
  return Response.json({ code, message }, { status, headers: { "cache-control": "private, no-store" } });
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string }> }) {
  const { view } = await params;
  if (!isExportView(view)) return problem(404, "NOT_FOUND", `There is no "${view}" view to export.`);
  const query = request.nextUrl.searchParams;
  const format = query.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return problem(400, "BAD_USER_INPUT", "format must be csv or json.");
  const searchParams = Object.fromEntries(query.entries());
  try {
    const table = await exporters[view](searchParams, request.nextUrl.origin);
    const body = format === "csv" ? toCsv(table.rows) : toJson(table.rows);
    return new Response(body, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${table.name}.${format}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ApiError) return problem(STATUS[error.code] ?? 502, error.code, error.message);
    throw error;
  }
}
