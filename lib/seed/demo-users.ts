import type { Role } from "../db/generated/enums";

/** One demo account per role (two editors for the two-person rule, two reviewers so independent verdicts and agreement have something to show). */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@factdesk.test", name: "Amara Okafor", role: "admin", password: "admin-demo-pass" },
  { email: "editor@factdesk.test", name: "Elena Ruiz", role: "editor", password: "editor-demo-pass" },
  // A second editor: under the two-person rule another editor approves and publishes what an editor rated.
  { email: "editor2@factdesk.test", name: "Noor Haddad", role: "editor", password: "editor2-demo-pass" },
  { email: "reviewer@factdesk.test", name: "Ravi Menon", role: "reviewer", password: "reviewer-demo-pass" },
  { email: "reviewer2@factdesk.test", name: "Sam Ito", role: "reviewer", password: "reviewer2-demo-pass" },
  { email: "viewer@factdesk.test", name: "Vera Lind", role: "viewer", password: "viewer-demo-pass" },
];
