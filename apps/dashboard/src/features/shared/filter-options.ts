// Choices for list filters (parties, topics as a tree, rounds, …), loaded in one request per page.
import "server-only";
import type { FilterOption } from "@/components/data/filter-spec";
import { FilterOptionsDocument, type FilterOptionsQueryVariables } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";

export type OptionKind = "parties" | "topics" | "rounds" | "processes" | "outlets" | "people" | "articles";
export type Options = Record<OptionKind, FilterOption[]>;

export async function loadOptions(kinds: readonly OptionKind[]): Promise<Options> {
  const variables: FilterOptionsQueryVariables = Object.fromEntries(kinds.map((k) => [k, true]));
  const data = await apiRequest(FilterOptionsDocument, variables);
  return {
    parties: data.parties?.edges.map(({ node }) => ({ value: node.slug, label: node.name })) ?? [],
    topics: data.topics?.edges.map(({ node }) => ({ value: node.slug, label: node.name, depth: node.path.split("/").length - 1 })) ?? [],
    rounds: data.rounds?.edges.map(({ node }) => ({ value: node.slug, label: node.title })) ?? [],
    processes: data.processes?.edges.map(({ node }) => ({ value: node.slug, label: node.name })) ?? [],
    outlets: data.outlets?.edges.map(({ node }) => ({ value: node.slug, label: node.name })) ?? [],
    people: data.people?.edges.map(({ node }) => ({ value: node.slug, label: node.name })) ?? [],
    articles: data.articles?.edges.map(({ node }) => ({ value: node.slug, label: node.title })) ?? [],
  };
}
