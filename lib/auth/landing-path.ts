import type { Role } from "../db/generated/enums";

/** Where a person lands after signing in: reviewers on their queue (the work waiting on them), others on the articles. */
export function landingPath(role: Role): string {
  return role === "reviewer" ? "/queue" : "/articles";
}
