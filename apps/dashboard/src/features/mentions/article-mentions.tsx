// The reader's mention list, loaded on its own (one query: the server matches every alias at once).
import { ArticleMentionsDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { MentionList } from "./mention-list";

const HREFS = { PERSON: "/people", PARTY: "/parties", TOPIC: "/topics" } as const;

export async function ArticleMentions({ slug, bodySelector, canEdit }: { slug: string; bodySelector: string; canEdit: boolean }) {
  const { article } = await apiRequest(ArticleMentionsDocument, { slug });
  if (!article) return null;
  return <MentionList mentions={article.mentions} bodySelector={bodySelector} canEdit={canEdit} hrefs={HREFS} />;
}
