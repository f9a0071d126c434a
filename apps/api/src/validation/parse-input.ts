// Validation at the boundary: zod schemas, failures as BAD_USER_INPUT naming the field at fault by the
// services' field names (the GraphQL layer turns them into the path the client wrote).
import type { z } from "zod";
import { DomainError, fieldError } from "../errors/domain-error.js";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ field: i.path, message: i.message }));
  const [first] = issues;
  throw new DomainError("BAD_USER_INPUT", first?.message ?? "is not valid", { field: first?.field ?? [], issues });
}

/** A BAD_USER_INPUT about one field of `input`, given by its service path. */
export const inputError = fieldError;
