import { z } from "zod";

export const SetUserDisabledInput = z.object({ disabled: z.boolean({ error: "must be true or false" }) });
export type SetUserDisabledInput = z.input<typeof SetUserDisabledInput>;
