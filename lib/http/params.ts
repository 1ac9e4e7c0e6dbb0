import { z } from "zod";
import { Id } from "../validation/common";

/** The `[id]` path segment of a route. */
export const IdParams = z.object({ id: Id });
