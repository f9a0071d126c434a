// Processs: the GraphQL input, and the create and update mutations over the record engine (process-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { decodeFor } from "../graphql/global-id.js";
import { defined } from "../graphql/input-mapping.js";
import { createRecord } from "../record-engine/create-record.js";
import { createDescription, recordVersionArgs, updateDescription } from "../record-engine/record-mutation-args.js";
import { updateRecord } from "../record-engine/update-record.js";

import { processRecord } from "./process-record.js";

const ProcessInput = builder.inputType("ProcessInput", {
  description: "A negotiation process.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    description: t.string({ required: false, description: "Editors' description." }),
  }),
});

const toService = (input: object) => defined(input);

builder.mutationFields((t) => ({
  createProcess: t.prismaField({
    type: "NegotiationProcess",
    description: createDescription("process"),
    args: { input: t.arg({ type: ProcessInput, required: true, description: "The record." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await createRecord(ctx.db, actorOf(ctx), processRecord, toService(args.input));
      return ctx.db.negotiationProcess.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateProcess: t.prismaField({
    type: "NegotiationProcess",
    description: updateDescription("process"),
    args: { ...recordVersionArgs, input: t.arg({ type: ProcessInput, required: true, description: "The fields to change." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeFor(String(args.id), "NegotiationProcess");
      await updateRecord(ctx.db, actorOf(ctx), processRecord, id, args.version, toService(args.input));
      return ctx.db.negotiationProcess.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
