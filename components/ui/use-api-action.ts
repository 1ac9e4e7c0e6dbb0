"use client";

import { useState } from "react";
import { ApiError } from "@/lib/client/api-error";

/**
 * Runs one API call for a form: pending state, the server's message, and its errors by field, so each
 * message can be shown next to its input.
 */
export function useApiAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      return await action();
    } catch (e) {
      if (e instanceof ApiError) {
        setFieldErrors(e.byField());
        setError(e.message);
      } else {
        setError("Could not reach the server; try again.");
      }
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { pending, error, fieldErrors, run, clear: () => (setError(null), setFieldErrors({})) };
}
