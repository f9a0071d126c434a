// The positions a person voiced, in time order (undated last), as the analysis views show them.
import "server-only";
import { PersonPositionsVoicedDocument } from "@/generated/graphql";
import { toStatement, type StatementView } from "@/features/analysis/statement";
import { ApiError, apiRequest } from "@/lib/api";
import type { Format } from "@/lib/format";

export async function loadPositionsVoiced(slug: string, format: Format): Promise<{ statements: StatementView[]; total: number }> {
  const { person } = await apiRequest(PersonPositionsVoicedDocument, { slug });
  // An error, not notFound(): the export route answers it with a 404 as the page does.
  if (!person) throw new ApiError("NOT_FOUND", `No person with slug "${slug}".`);
  const statements = person.positionsVoiced.edges
    .map(({ node }) => toStatement(node, format))
    .sort((a, b) => (a.span && b.span ? a.span.start.localeCompare(b.span.start) : a.span ? -1 : b.span ? 1 : 0));
  return { statements, total: person.positionsVoiced.totalCount };
}
