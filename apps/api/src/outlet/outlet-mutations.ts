// Outlets: the GraphQL input, and the create and update mutations over the record engine (outlet-record.ts).
import { builder } from "../graphql/builder.js";
import { defined } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
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

const outlet = catalogRecordMutations({
  type: "Outlet",
  noun: "outlet",
  input: OutletInput,
  record: outletRecord,
  toRecord: defined,
  load: (db, selection, id) => db.outlet.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createOutlet: t.prismaField(outlet.create),
  updateOutlet: t.prismaField(outlet.update),
}));
