// JSON for the relationship pickers (search as you type), with the editor's session forwarded.
import { NextResponse, type NextRequest } from "next/server";
import { ApiError } from "@/lib/api";
import { pick } from "@/features/editing/pick";
import { PICK_KINDS, type PickKind } from "@/features/editing/pick-option";

const isKind = (kind: string | null): kind is PickKind => PICK_KINDS.some((k) => k === kind);

export async function GET(request: NextRequest) {
  const kind = request.nextUrl.searchParams.get("kind");
  if (!isKind(kind)) return NextResponse.json({ code: "BAD_USER_INPUT" }, { status: 400 });
  try {
    return NextResponse.json(await pick(kind, request.nextUrl.searchParams.get("q") ?? ""), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ApiError) return NextResponse.json({ code: error.code }, { status: error.code === "UNREACHABLE" ? 503 : 502 });
    throw error;
  }
}
