"use server";
// Server actions over the API's topic mutations.
import { CreateTopicDocument, UpdateTopicDocument, type TopicInput } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { aliasesToSave } from "@/features/editing/own-names";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { topicFormSchema, type TopicFormValues } from "./topic-form-schema";
import { loadTopicRecord } from "./topic-record";

const toInput = (v: TopicFormValues): TopicInput => ({
  name: v.name,
  slug: v.slug,
  parent: v.parent?.id ?? null,
  proposition: orNull(v.proposition),
  description: orNull(v.description),
  aliases: aliasesToSave([v.name], v.aliases),
});

export async function createTopic(values: TopicFormValues): Promise<SaveRecordResult<TopicFormValues>> {
  return saveRecord({
    schema: topicFormSchema,
    values,
    write: async (v) => {
      const t = (await apiRequest(CreateTopicDocument, { input: toInput(v) })).createTopic;
      return `/topics/${t.slug}`;
    },
  });
}

export async function updateTopic(id: string, version: number, values: TopicFormValues): Promise<SaveRecordResult<TopicFormValues>> {
  return saveRecord({
    schema: topicFormSchema,
    values,
    write: async (v) => {
      const t = (await apiRequest(UpdateTopicDocument, { id, version, input: toInput(v) })).updateTopic;
      return `/topics/${t.slug}`;
    },
    reload: () => loadTopicRecord(id),
  });
}
