import { describe, expect, it } from "vitest";
import { readEnv } from "./env.js";

describe("TRUST_PROXY", () => {
  it("is off unless set: forwarded headers are believed from no one", () => {
    expect(readEnv({}).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
  });

  it("names the proxies that are believed", () => {
    expect(readEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toEqual(["loopback", "10.0.0.0/8"]);
  });

  it("refuses to believe everyone", () => {
    expect(() => readEnv({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });
});
