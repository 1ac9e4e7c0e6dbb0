import { notFound } from "next/navigation";
import { NotFoundError } from "../errors";

/** For pages: the loaded value, or Next's 404 page when the lib/ function says the record does not exist. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
