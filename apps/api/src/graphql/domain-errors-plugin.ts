// Services throw DomainError, which knows nothing of GraphQL. This plugin turns it into the client's
// GraphQLError as it leaves a resolver, so everything after execution (argument paths, logging,
// formatError) sees one kind of error. Synchronous resolvers stay synchronous.
import SchemaBuilder, { BasePlugin, type SchemaTypes } from "@pothos/core";
import { defaultFieldResolver, type GraphQLFieldResolver } from "graphql";
import { DomainError } from "../errors/domain-error.js";
import { toGraphQLError } from "./error-formatting.js";

const translate = (error: unknown): never => {
  throw error instanceof DomainError ? toGraphQLError(error) : error;
};

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

export class DomainErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types["Context"], object>): GraphQLFieldResolver<unknown, Types["Context"], object> {
    // A field that exposes a column (Pothos gives it graphql-js's default resolver) reads a property of a
    // plain row and throws nothing of ours: left unwrapped, one call fewer per field per row.
    if (resolver === defaultFieldResolver) return resolver;
    return (parent, args, context, info) => {
      try {
        const result: unknown = resolver(parent, args, context, info);
        return isPromise(result) ? result.catch(translate) : result;
      } catch (error) {
        return translate(error);
      }
    };
  }
}

declare global {
  // Pothos registers plugins by merging into its global namespace; there is no module form.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      domainErrors: DomainErrorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("domainErrors", DomainErrorsPlugin);
