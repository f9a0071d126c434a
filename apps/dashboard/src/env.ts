// The dashboard's configuration, validated once. Nothing else reads process.env.
import { z } from "zod";

const schema = z.object({
  API_URL: z.url().default("http://127.0.0.1:4000/graphql"),
});

// eslint-disable-next-line no-restricted-properties
export const env = schema.parse({ API_URL: process.env.API_URL || undefined });
