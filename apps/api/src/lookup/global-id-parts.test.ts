import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { globalIdParts } from "./global-id-parts.js";

describe("globalIdParts", () => {
  it("reads the ids the GraphQL layer writes", () => {
    for (const [typename, id] of [
      ["Party", "0b8e6c1e-7c1a-4f7e-9a51-2f0d3c4b5a69"],
      ["NegotiationProcess", "1"],
      ["Topic", "a:b"],
    ] as const) {
      const globalId = encodeGlobalID(typename, id);
      expect(globalIdParts(globalId)).toEqual({ typename, id });
      expect(globalIdParts(globalId)).toEqual(decodeGlobalID(globalId));
    }
  });

  it("takes a slug, or anything the relay plugin would refuse, for no global id", () => {
    for (const value of [
      "russia",
      "",
      "not base64!",
      Buffer.from("no-colon").toString("base64"),
      Buffer.from(":id").toString("base64"),
      Buffer.from("Party:").toString("base64"),
      Buffer.from("1Party:x").toString("base64"),
    ]) {
      expect(globalIdParts(value)).toBeNull();
      expect(() => decodeGlobalID(value)).toThrow();
    }
  });
});
