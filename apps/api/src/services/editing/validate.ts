// Validation at the boundary: zod schemas, failures as BAD_USER_INPUT naming the field at fault.
import type { z } from "zod";
import { AppError } from "../../errors.js";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument = "input"): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = [argument, ...issue.path.map(String)];
  throw new AppError("BAD_USER_INPUT", `${field.join(".")}: ${issue.message}`, {
    argument,
    field,
    details: { issues: parsed.error.issues.map((i) => ({ field: [argument, ...i.path.map(String)], message: i.message })) },
  });
}
