import { isInputObjectType, isIntrospectionType, isObjectType, isInterfaceType, type GraphQLField, type GraphQLInputField } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "./index.js";

// The schema is the partner contract: everything in it is documented.
describe("the schema", () => {
  it("describes every type, field and argument", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        const fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[] = Object.values(type.getFields());
        for (const field of fields) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ("args" in field) for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
