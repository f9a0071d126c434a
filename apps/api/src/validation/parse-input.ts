// Validation at the boundary: zod schemas, failures as BAD_USER_INPUT naming the field at fault by the
// path the client wrote (GraphQL input names, not the services' column names).
import type { z } from "zod";
import { AppError } from "../errors.js";
import { graphqlPath } from "../graphql/input-names.js";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument = "input"): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ field: [argument, ...graphqlPath(i.path)], message: i.message }));
  const first = issues[0]!;
  throw new AppError("BAD_USER_INPUT", `${first.field.join(".")}: ${first.message}`, { argument, field: first.field, details: { issues } });
}

/** A BAD_USER_INPUT about one field of `input`, given by its service path. */
export function inputError(path: readonly PropertyKey[], message: string, details?: Record<string, unknown>): AppError {
  const field = ["input", ...graphqlPath(path)];
  return new AppError("BAD_USER_INPUT", `${field.join(".")}: ${message}`, { argument: "input", field, ...(details ? { details } : {}) });
}
