// The palette's search: the same grouped results as the search page, as JSON, with the session forwarded.
import { NextResponse, type NextRequest } from "next/server";
import { ApiError } from "@/lib/api";
import { search } from "@/features/search/search-results";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  try {
    return NextResponse.json(await search(q, { names: 8, articles: 5 }), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ApiError) return NextResponse.json({ code: error.code }, { status: error.code === "UNREACHABLE" ? 503 : 502 });
    throw error;
  }
}
