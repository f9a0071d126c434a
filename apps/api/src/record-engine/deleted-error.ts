import { DomainError } from "../errors/domain-error.js";

/** Editing a soft-deleted record is refused, whatever its type: restore it first. */
export const deletedError = (type: string, parameter = "id"): DomainError =>
  new DomainError("BAD_USER_INPUT", `This ${type} is deleted; restore it before editing.`, { parameter });
