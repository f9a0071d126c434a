// The article reader: the body with every quote highlighted. A highlight leads to what the quote
// supports; #quote-<id> anchors (where detail pages link) land on the passage itself.
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { ArticleQuotesDocument, ArticleReaderDocument, type ArticleQuotesQuery } from "@/generated/graphql";
import { apiRequest, canEdit, found, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { demandHref } from "@/features/demands/demand-href";
import { evidenceHref } from "@/features/evidence/evidence-href";
import { outletHref } from "@/features/outlets/outlet-href";
import { positionHref } from "@/features/positions/position-href";
import { PassagePanel } from "@/features/evidence/passage/passage-panel";
import { ArticleMentions } from "@/features/mentions/article-mentions";
import { loadChosenSpeaker } from "@/features/mentions/load-chosen-speaker";
import { highlightRuns } from "./highlight";

type Quote = NonNullable<ArticleQuotesQuery["article"]>["evidence"]["edges"][number]["node"];

/** Every quote of the article: pages of 100 until the last (an article rarely has more than one). */
async function loadQuotes(slug: string): Promise<Quote[]> {
  const quotes: Quote[] = [];
  let after: string | undefined;
  for (let page = 0; page < 20; page++) {
    const article = found((await apiRequest(ArticleQuotesDocument, { slug, after })).article);
    quotes.push(...article.evidence.edges.map((e) => e.node));
    if (!article.evidence.pageInfo.hasNextPage || !article.evidence.pageInfo.endCursor) break;
    after = article.evidence.pageInfo.endCursor;
  }
  return quotes;
}

/** `speaker`: the person's global id the mention list put in the URL, for an editor's passage panel. */
export async function ArticleReader({ slug, speaker }: { slug: string; speaker?: string }) {
  const [t, format, user] = await Promise.all([getTranslations("articles"), getFormat(), getSignedInUser()]);
  const [reader, quotes, chosenSpeaker] = await Promise.all([
    apiRequest(ArticleReaderDocument, { slug }),
    loadQuotes(slug),
    canEdit(user) ? loadChosenSpeaker(speaker) : null,
  ]);
  const article = found(reader.article);
  const ordered = [...quotes].sort((a, b) => a.startOffset - b.startOffset);
  const runs = highlightRuns(
    article.body,
    ordered.map((q) => ({ id: q.id, start: q.startOffset, end: q.endOffset })),
  );
  const number = new Map(ordered.map((q, i) => [q.id, i + 1]));
  return (
    <>
      <PageHeader
        eyebrow={[t("detailEyebrow"), article.outlet?.name, format.partialDate(article.published)].filter(Boolean).join(" · ")}
        title={article.title}
        meta={
          <>
            <RecordMeta id={article.id} status={article.status} version={article.version} />
            <EditorRecordActions
              id={article.id}
              version={article.version}
              status={article.status}
              kind="article"
              editHref={`/articles/${article.slug}/edit`}
              recordHref={`/articles/${article.slug}`}
              counts={{ quotes: quotes.length }}
            />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <article aria-labelledby="body-title" className="min-w-0">
          <h2 id="body-title" className="sr-only">
            {t("body")}
          </h2>
          <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
            {article.author ? <span>{article.author}</span> : null}
            {article.outlet ? <TextLink href={outletHref(article.outlet.id)}>{article.outlet.name}</TextLink> : null}
            <span>{format.language(article.language)}</span>
            {article.url ? (
              <a className="text-primary underline-offset-4 hover:underline" href={article.url} rel="noreferrer">
                {t("url")}
              </a>
            ) : null}
            <span>{t("highlightHint")}</span>
          </p>
          <div
            lang={article.language}
            className="max-w-[70ch] rounded-lg border bg-card p-5 text-[0.975rem] leading-7 whitespace-pre-wrap"
            data-testid="article-body"
          >
            {runs.map((run, i) => (
              <Fragment key={i}>
                {run.starts.map((id) => (
                  <span key={id} id={`quote-${id}`} className="quote-anchor" />
                ))}
                {run.quotes[0] ? (
                  <a
                    href={`#support-${run.quotes[0]}`}
                    className="quote-mark rounded-sm bg-highlight text-highlight-foreground decoration-transparent outline-none hover:underline hover:decoration-current focus-visible:ring-[3px] focus-visible:ring-ring/60"
                    data-quote={run.quotes[0]}
                  >
                    <mark className="bg-transparent text-inherit">{run.text}</mark>
                  </a>
                ) : (
                  run.text
                )}
              </Fragment>
            ))}
          </div>
        </article>
        <aside aria-labelledby="quotes-title" className="lg:sticky lg:top-28 lg:max-h-[calc(100vh-8rem)] lg:self-start lg:overflow-y-auto">
          <ArticleMentions slug={slug} bodySelector='[data-testid="article-body"]' canEdit={canEdit(user)} />
          <h2 id="quotes-title" className="mb-3 text-base font-semibold">
            {t("quotesInText")} <span className="text-sm font-normal text-muted-foreground">{format.number(ordered.length)}</span>
          </h2>
          <ol className="grid gap-2">
            {ordered.map((q) => (
              <li key={q.id} id={`support-${q.id}`} className="scroll-mt-28 rounded-md border bg-card p-3 text-sm target:ring-[3px] target:ring-ring/60">
                <p className="mb-1 flex items-center gap-2 text-xs text-muted-foreground">
                  <a href={`#quote-${q.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                    #{number.get(q.id)}
                  </a>
                  {q.speaker ? <TextLink href={`/people/${q.speaker.slug}`}>{q.speaker.name}</TextLink> : null}
                  <span>{format.enumLabel("Attribution", q.attribution)}</span>
                  <DraftBadge status={q.status} />
                </p>
                <p lang={article.language} className="mb-2 line-clamp-3">
                  “{q.quote}”
                </p>
                <p className="text-xs font-medium text-muted-foreground">{t("supports")}</p>
                <ul className="grid gap-1 [&_a]:inline-flex [&_a]:min-h-6 [&_a]:items-center">
                  {q.supportedPositions.edges.map(({ node: p }) => (
                    <li key={p.id}>
                      <TextLink href={positionHref(p.id)}>
                        {p.party.name} · {p.topic.name}
                      </TextLink>
                    </li>
                  ))}
                  {q.supportedDemands.edges.map(({ node: d }) => (
                    <li key={d.id}>
                      <TextLink href={demandHref(d.id)}>
                        {d.fromParty.name}: {d.summary}
                      </TextLink>
                    </li>
                  ))}
                  {q.roundFacts.map((f) => (
                    <li key={`${f.round.slug}-${f.aspect}`}>
                      <TextLink href={`/rounds/${f.round.slug}#facts`}>
                        {t("roundFact", { aspect: format.enumLabel("RoundAspect", f.aspect) })}: {f.round.title}
                      </TextLink>
                    </li>
                  ))}
                  {q.supportedPositions.edges.length + q.supportedDemands.edges.length + q.roundFacts.length === 0 ? (
                    <li>
                      <TextLink href={evidenceHref(q.id)} className="font-normal">
                        {t("supportsNothing")}
                      </TextLink>
                    </li>
                  ) : null}
                </ul>
              </li>
            ))}
          </ol>
        </aside>
      </div>
      {canEdit(user) ? (
        <PassagePanel
          articleId={article.id}
          articleIsDraft={article.status === "DRAFT"}
          body={article.body}
          bodySelector='[data-testid="article-body"]'
          chosenSpeaker={chosenSpeaker}
        />
      ) : null}
    </>
  );
}
