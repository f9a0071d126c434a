// Processes: the GraphQL input, and the create and update mutations over the record engine (process-record.ts).
import { builder } from "../graphql/builder.js";
import { defined } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
import { processRecord } from "./process-record.js";

const ProcessInput = builder.inputType("ProcessInput", {
  description: "A negotiation process.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    description: t.string({ required: false, description: "Editors' description." }),
  }),
});

const process = catalogRecordMutations({
  type: "NegotiationProcess",
  noun: "process",
  input: ProcessInput,
  record: processRecord,
  toRecord: defined,
  load: (db, selection, id) => db.negotiationProcess.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createProcess: t.prismaField(process.create),
  updateProcess: t.prismaField(process.update),
}));
