import { describe, expect, it } from "vitest";
import { EMPTY_PARTIAL_DATE } from "@/features/editing/partial-date-value";
import { quoteFieldOf, targetFieldOf, TARGET_FIELDS, TARGET_GROUPS, PASSAGE_TARGETS } from "./passage-targets";
import { passageDefaults, passageSchema } from "./passage-schema";

const passage = { start: 10, end: 20, exact: "0123456789", prefix: "", suffix: "" };
const option = { id: "UGFydHk6MQ==", label: "Ukraine" };

describe("targetFieldOf", () => {
  it("puts the API's own input names on the panel's fields", () => {
    expect(targetFieldOf("newDemand", "input.from")).toBe("party");
    expect(targetFieldOf("newDemand", "input.slug")).toBe("slug");
    expect(targetFieldOf("dateReport", "input.start.on")).toBe("periodStart");
    expect(targetFieldOf("dateReport", "version")).toBe("round");
    expect(targetFieldOf("existingDemand", "input.evidence")).toBe("demand");
  });

  it("reads an entry of a list the API replaces as a whole", () => {
    expect(targetFieldOf("role", "input.roles.3.title")).toBe("title");
    expect(targetFieldOf("role", "input.roles.3.start")).toBe("periodStart");
    expect(targetFieldOf("role", "input.roles")).toBe("person");
    expect(targetFieldOf("seat", "input.members.0.person")).toBe("person");
    expect(targetFieldOf("seat", "input.members.0.role")).toBe("seatRole");
  });

  it("leaves fields the target does not show to the form's own error", () => {
    expect(targetFieldOf("existingPosition", "input.summary")).toBeUndefined();
    expect(targetFieldOf("roundFact", "input.slug")).toBeUndefined();
    expect(targetFieldOf("newPosition", undefined)).toBeUndefined();
  });

  it("names the speaker wherever the API refuses it", () => {
    expect(targetFieldOf("newPosition", "input.speaker")).toBe("speaker");
  });
});

describe("quoteFieldOf", () => {
  it("keeps only the quote's own fields (offsets are not the period's dates)", () => {
    expect(quoteFieldOf("input.attribution")).toBe("attribution");
    expect(quoteFieldOf("input.start")).toBeUndefined();
  });
});

describe("targets", () => {
  it("offers every target once, in a group", () => {
    const grouped = TARGET_GROUPS.flatMap((g) => [...g.targets]);
    expect([...grouped].sort()).toEqual([...PASSAGE_TARGETS].sort());
    for (const target of PASSAGE_TARGETS) expect(TARGET_FIELDS[target].length).toBeGreaterThan(0);
  });
});

describe("passageSchema", () => {
  const base = (target: (typeof PASSAGE_TARGETS)[number]) => passageDefaults("QXJ0aWNsZTox", passage, null, target);
  const failing = (values: ReturnType<typeof base>) => {
    const result = passageSchema.safeParse(values);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  };

  it("requires each target's own fields only", () => {
    expect(failing(base("newDemand"))).toEqual(["party:passage.fromRequired", "topic:passage.topicRequired", "summary:summary.required", "slug:slug.required"]);
    expect(failing(base("role"))).toEqual(["person:passage.personRequired", "title:passage.titleRequired"]);
    expect(failing(base("seat"))).toEqual(["round:passage.roundRequired", "party:passage.partyRequired", "person:passage.personRequired"]);
    expect(failing(base("demandStatus"))).toEqual(["demand:passage.demandRequired"]);
    expect(failing(base("dateReport"))).toEqual(["round:passage.roundRequired"]);
  });

  it("accepts a complete target", () => {
    expect(failing({ ...base("role"), person: option, title: "Chief negotiator" })).toEqual([]);
    expect(failing({ ...base("newDemand"), party: option, topic: option, summary: "Withdraw", slug: "withdraw" })).toEqual([]);
    expect(failing({ ...base("dateReport"), round: option, periodStart: EMPTY_PARTIAL_DATE })).toEqual([]);
  });

  it("starts with the speaker the mention list chose", () => {
    expect(passageDefaults("QXJ0aWNsZTox", passage, option).speaker).toEqual(option);
  });
});
