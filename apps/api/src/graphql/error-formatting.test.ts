import { describe, expect, it } from "vitest";
import { DomainError, fieldError } from "../errors/domain-error.js";
import { toGraphQLError } from "./error-formatting.js";

describe("a domain error as the client sees it", () => {
  it("names a field by the input path the client wrote, in the message and in extensions", () => {
    const error = toGraphQLError(fieldError(["roles", 0, "partyId"], "no such party."));
    expect(error.message).toBe("input.roles.0.party: no such party.");
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input", field: ["input", "roles", "0", "party"] });
  });

  it("lists every issue validation found, each by its client path", () => {
    const error = toGraphQLError(
      new DomainError("BAD_USER_INPUT", "must not be empty", {
        field: ["summary"],
        issues: [
          { field: ["summary"], message: "must not be empty" },
          { field: ["evidenceIds"], message: "a position needs at least one quote" },
        ],
      }),
    );
    expect(error.extensions.issues).toEqual([
      { field: ["input", "summary"], message: "must not be empty" },
      { field: ["input", "evidence"], message: "a position needs at least one quote" },
    ]);
  });

  it("names the operation's parameter when no field is at fault, and keeps the details", () => {
    const error = toGraphQLError(new DomainError("CONFLICT", "changed by someone else", { parameter: "version", details: { current: { version: 3 } } }));
    expect(error.message).toBe("changed by someone else");
    expect(error.extensions).toEqual({ code: "CONFLICT", argument: "version", current: { version: 3 } });
  });

  it("prefixes a parameter of its own when the field list is empty", () => {
    const error = toGraphQLError(new DomainError("BAD_USER_INPUT", "no such quote.", { parameter: "evidence", field: [] }));
    expect([error.message, error.extensions.field]).toEqual(["evidence: no such quote.", ["evidence"]]);
  });
});
