// Merge previews over GraphQL: what merging one person or topic into another would move (editors only).
import { builder } from "../graphql/builder.js";
import { PersonNode } from "../person/person-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { MERGE_MOVE_KINDS, previewPersonMerge, previewTopicMerge, type MergeMove } from "./merge-preview.js";

const MergeMoveKindEnum = builder.enumType("MergeMoveKind", {
  description: "A kind of reference a merge moves to the record that remains.",
  values: MERGE_MOVE_KINDS,
});

const MergeMoveRef = builder.objectRef<MergeMove>("MergeMove").implement({
  description: "How many references of one kind a merge would move (only kinds with any).",
  fields: (t) => ({
    kind: t.field({ type: MergeMoveKindEnum, description: "What moves.", resolve: (m) => m.kind }),
    count: t.exposeInt("count", { description: "How many." }),
  }),
});

builder.queryFields((t) => ({
  personMergePreview: t.field({
    type: [MergeMoveRef],
    description: "What mergePeople(keep, merge) would move to the person who remains, per kind (editors only). Changes nothing.",
    args: {
      keep: t.arg.globalID({ for: PersonNode, required: true, description: "The person who would remain." }),
      merge: t.arg.globalID({ for: PersonNode, required: true, description: "The duplicate." }),
    },
    authScopes: { editor: true },
    resolve: (_root, args, ctx) => {
      return previewPersonMerge(ctx.db, args.keep.id, args.merge.id);
    },
  }),
  topicMergePreview: t.field({
    type: [MergeMoveRef],
    description: "What mergeTopics(keep, merge) would move to the topic that remains, per kind (editors only). Changes nothing.",
    args: {
      keep: t.arg.globalID({ for: TopicNode, required: true, description: "The topic that would remain." }),
      merge: t.arg.globalID({ for: TopicNode, required: true, description: "The duplicate." }),
    },
    authScopes: { editor: true },
    resolve: (_root, args, ctx) => {
      return previewTopicMerge(ctx.db, args.keep.id, args.merge.id);
    },
  }),
}));
