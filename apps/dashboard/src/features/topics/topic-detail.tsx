// A topic's story: its proposition (what stances are measured against), its place in the tree, every
// party's stance on it over time (the timeline chart and its table), its demands and rounds.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { LINK_LIST } from "@/components/detail/field-list";
import { PageHeader } from "@/components/layout/page-header";
import { TopicDemandsDocument, TopicDetailDocument, TopicPositionsDocument } from "@/generated/graphql";
import type { SearchParams } from "@/features/analysis/view-state";
import { apiRequest, found } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { MergeSection } from "@/features/merge/merge-section";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { DemandItems } from "@/features/demands/demand-items";
import { TopicStances } from "./topic-stances";

export async function TopicDetail({ slug, searchParams }: { slug: string; searchParams: SearchParams }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("topics"), getTranslations("common"), getFormat()]);
  const [detail, positions, demands] = await Promise.all([
    apiRequest(TopicDetailDocument, { slug }),
    apiRequest(TopicPositionsDocument, { slug }),
    apiRequest(TopicDemandsDocument, { slug }),
  ]);
  const topic = { ...found(detail.topic), ...found(positions.topic), ...found(demands.topic) };
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        { id: "positions", label: t("stances") },
        { id: "demands", label: t("demands") },
        { id: "rounds", label: t("rounds") },
      ]}
      header={
        <PageHeader
          eyebrow={t("detailEyebrow")}
          title={topic.name}
          description={topic.proposition}
          meta={
            <>
              <RecordMeta id={topic.id} status={topic.status} version={topic.version} />
              <EditorRecordActions
                id={topic.id}
                version={topic.version}
                status={topic.status}
                kind="topic"
                editHref={`/topics/${topic.slug}/edit`}
                recordHref={`/topics/${topic.slug}`}
                counts={{
                  subtopics: topic.children.length,
                  positions: topic.positions.totalCount,
                  demands: topic.demands.totalCount,
                  rounds: topic.rounds.totalCount,
                }}
              />
            </>
          }
        />
      }
    >
      <Section id="details" title={tCommon("fields")}>
        <FieldList
          fields={[
            { label: t("proposition"), value: topic.proposition },
            { label: tCommon("description"), value: topic.description },
            { label: t("parent"), value: topic.parent ? <TextLink href={`/topics/${topic.parent.slug}`}>{topic.parent.name}</TextLink> : null },
            {
              label: t("children"),
              value:
                topic.children.length > 0 ? (
                  <span className={LINK_LIST}>
                    {topic.children.map((c) => (
                      <TextLink key={c.slug} href={`/topics/${c.slug}`}>
                        {c.name}
                      </TextLink>
                    ))}
                  </span>
                ) : null,
            },
            { label: tCommon("aliases"), value: topic.aliases.map((a) => a.name).join(", ") || null },
            { label: t("path"), value: <code>{topic.path}</code> },
          ]}
        />
      </Section>
      <Section id="positions" title={t("stances")} count={format.number(topic.positions.totalCount)}>
        <TopicStances topic={topic.slug} topicName={topic.name} searchParams={searchParams} />
        <p className="mt-3 text-sm">
          <TextLink href={`/positions?topic=${topic.slug}`}>{t("allPositions")}</TextLink>
        </p>
      </Section>
      <Section id="demands" title={t("demands")} count={format.number(topic.demands.totalCount)}>
        <DemandItems demands={topic.demands.edges.map((e) => e.node)} />
      </Section>
      <Section id="rounds" title={t("rounds")} count={format.number(topic.rounds.totalCount)}>
        <ul className="grid gap-1 text-sm">
          {topic.rounds.edges.map(({ node: r }) => (
            <li key={r.slug} className="flex flex-wrap gap-x-3">
              <span className="w-40 text-muted-foreground">{format.partialDate(r.start)}</span>
              <TextLink href={`/rounds/${r.slug}`}>{r.title}</TextLink>
            </li>
          ))}
        </ul>
      </Section>
      <MergeSection kind="topic" keep={{ id: topic.id, name: topic.name }} />
    </DetailLayout>
  );
}
