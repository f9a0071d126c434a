// Sets the scene once, through the API as an administrator would: an analyst account and a draft
// outlet (seeded records are all published, and the drafts test needs one).
import { ADMIN, ANALYST } from "./accounts.js";
import { graphql, signInToApi } from "./api.js";

export const DRAFT_OUTLET = "E2E Draft Outlet";

export default async function globalSetup(): Promise<void> {
  const admin = await signInToApi(ADMIN.email, ADMIN.password);
  await graphql(
    admin,
    "mutation($email: String!, $name: String!, $password: String!) { createUser(email: $email, name: $name, password: $password, role: ANALYST) { id } }",
    ANALYST,
  );
  await graphql(admin, 'mutation($name: String!) { createOutlet(input: { name: $name, slug: "e2e-draft-outlet", country: "NL" }) { id status } }', {
    name: DRAFT_OUTLET,
  });
}
