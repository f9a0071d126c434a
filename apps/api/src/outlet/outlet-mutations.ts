// Outlets: the GraphQL input, and the create and update mutations over the record engine (outlet-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { decodeFor } from "../graphql/global-id.js";
import { defined } from "../graphql/input-mapping.js";
import { createRecord } from "../record-engine/create-record.js";
import { createDescription, recordVersionArgs, updateDescription } from "../record-engine/record-mutation-args.js";
import { updateRecord } from "../record-engine/update-record.js";

import { outletRecord } from "./outlet-record.js";

const OutletInput = builder.inputType("OutletInput", {
  description: "A news outlet. On update, omitted fields keep their value.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    url: t.string({ required: false, description: "Home page." }),
    country: t.string({ required: false, description: "ISO 3166 country code." }),
    language: t.string({ required: false, description: "Main language." }),
  }),
});

const toService = (input: object) => defined(input);

builder.mutationFields((t) => ({
  createOutlet: t.prismaField({
    type: "Outlet",
    description: createDescription("outlet"),
    args: { input: t.arg({ type: OutletInput, required: true, description: "The record." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await createRecord(ctx.db, actorOf(ctx), outletRecord, toService(args.input));
      return ctx.db.outlet.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateOutlet: t.prismaField({
    type: "Outlet",
    description: updateDescription("outlet"),
    args: { ...recordVersionArgs, input: t.arg({ type: OutletInput, required: true, description: "The fields to change." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeFor(String(args.id), "Outlet");
      await updateRecord(ctx.db, actorOf(ctx), outletRecord, id, args.version, toService(args.input));
      return ctx.db.outlet.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
