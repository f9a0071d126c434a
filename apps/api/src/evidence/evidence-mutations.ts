// Quotes: marking a passage of an article as evidence, and changing what is said about it.
import { actorOf } from "../access/access.js";
import { ArticleNode } from "../article/article-type.js";
import { EvidenceNode } from "./evidence-type.js";
import { createEvidence } from "./create-evidence.js";
import { updateEvidence } from "./update-evidence.js";
import { builder } from "../graphql/builder.js";
import { AttributionEnum, ConfidenceEnum } from "../graphql/enums.js";
import { defined, stripNulls } from "../graphql/input-mapping.js";
import { PartyNode } from "../party/party-type.js";
import { PersonNode } from "../person/person-type.js";

const EvidenceInput = builder.inputType("EvidenceInput", {
  description: "A quote: an article plus either a character range or the exact text (located by the server).",
  fields: (t) => ({
    article: t.globalID({ for: ArticleNode, required: true, description: "The article." }),
    start: t.int({ required: false, description: "Start offset (UTF-16 code units)." }),
    end: t.int({ required: false, description: "End offset (exclusive)." }),
    text: t.string({ required: false, description: "The exact text; checked against the range when both are given." }),
    occurrence: t.int({ required: false, description: "Which occurrence of `text` (1-based) when it appears more than once." }),
    translation: t.string({ required: false, description: "A translation." }),
    translationLanguage: t.string({ required: false, description: "The translation's language tag (default en)." }),
    attribution: t.field({ type: AttributionEnum, required: true, description: "How the article attributes the passage." }),
    confidence: t.field({ type: ConfidenceEnum, required: false, description: "Editors' confidence (default MEDIUM)." }),
    speaker: t.globalID({ for: PersonNode, required: false, description: "Who is quoted." }),
    speakerParty: t.globalID({ for: PartyNode, required: false, description: "For which party." }),
    note: t.string({ required: false, description: "Editors' note." }),
  }),
});

const EvidencePatchInput = builder.inputType("EvidencePatchInput", {
  description: "Changes to what is said about a quote; its span is fixed (mark a new passage instead).",
  fields: (t) => ({
    translation: t.string({ required: false, description: "A translation (null: remove it)." }),
    translationLanguage: t.string({ required: false, description: "The translation's language tag." }),
    attribution: t.field({ type: AttributionEnum, required: false, description: "How the article attributes it." }),
    confidence: t.field({ type: ConfidenceEnum, required: false, description: "Editors' confidence." }),
    speaker: t.globalID({ for: PersonNode, required: false, description: "Who is quoted." }),
    speakerParty: t.globalID({ for: PartyNode, required: false, description: "For which party." }),
    note: t.string({ required: false, description: "Editors' note." }),
  }),
});

builder.mutationFields((t) => ({
  createEvidence: t.prismaField({
    type: EvidenceNode,
    description: "Marks a passage of an article as evidence, by range or by exact text.",
    args: { input: t.arg({ type: EvidenceInput, required: true, description: "The passage." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { article, speaker, speakerParty, ...rest } = args.input;
      const id = await createEvidence(ctx.db, actor, { ...stripNulls(rest), articleId: article.id, speakerId: speaker?.id, speakerPartyId: speakerParty?.id });
      return ctx.db.evidence.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateEvidence: t.prismaField({
    type: EvidenceNode,
    description: "Changes a quote's translation, attribution, confidence, speaker or note.",
    args: {
      id: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: EvidencePatchInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { speaker, speakerParty, ...rest } = args.input;
      await updateEvidence(ctx.db, actor, args.id.id, args.version, {
        ...defined(rest),
        ...(speaker !== undefined ? { speakerId: speaker?.id ?? null } : {}),
        ...(speakerParty !== undefined ? { speakerPartyId: speakerParty?.id ?? null } : {}),
      });
      return ctx.db.evidence.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
