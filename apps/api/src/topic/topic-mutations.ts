// Topics: the GraphQL input, and the create and update mutations over the record engine (topic-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
import { TopicNode } from "./topic-type.js";
import { topicRecord } from "./topic-record.js";
import { mergeTopics } from "./merge-topics.js";

const TopicInput = builder.inputType("TopicInput", {
  description: "A topic. Moving it (parent) moves its subtree.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    proposition: t.string({ required: false, description: "What stances on it are measured against." }),
    description: t.string({ required: false, description: "Editors' note." }),
    parent: t.globalID({ for: TopicNode, required: false, description: "The broader topic (null: a root topic)." }),
    aliases: t.stringList({ required: false, description: "Other names and spellings." }),
  }),
});

const toRecord = ({ parent, ...input }: { parent?: { id: string } | null }) => defined({ ...input, parentId: idOf(parent) });

const topic = catalogRecordMutations({
  type: "Topic",
  noun: "topic",
  input: TopicInput,
  record: topicRecord,
  toRecord,
  load: (db, selection, id) => db.topic.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createTopic: t.prismaField(topic.create),
  updateTopic: t.prismaField(topic.update),
  mergeTopics: t.prismaField({
    type: TopicNode,
    description:
      "Merges a duplicate topic into another: its names become aliases; its positions, demands, subtopics, round agendas, events and proposal points move; the duplicate is soft-deleted.",
    args: {
      keep: t.arg.globalID({ for: TopicNode, required: true, description: "The topic that remains." }),
      keepVersion: t.arg.int({ required: true, description: "Its current version." }),
      merge: t.arg.globalID({ for: TopicNode, required: true, description: "The duplicate." }),
      mergeVersion: t.arg.int({ required: true, description: "Its current version." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await mergeTopics(ctx.db, actor, { id: args.keep.id, version: args.keepVersion }, { id: args.merge.id, version: args.mergeVersion });
      return ctx.db.topic.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
