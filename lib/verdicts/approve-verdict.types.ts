// The contract of approve-verdict: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { Revision } from "../validation/common";

export const ApproveVerdictInput = z.object({
  /** The claim revision the editor saw: two editors approving different verdicts at once cannot both win. */
  claimRevision: Revision,
});
export type ApproveVerdictInput = z.infer<typeof ApproveVerdictInput>;
