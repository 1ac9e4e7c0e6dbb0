"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useApiAction } from "@/components/ui/use-api-action";
import type { SingleImportResult } from "./single-import-result";

/**
 * The submit of a one-article import form (paste or upload): sends the form through `send`, opens the new
 * article, or keeps the duplicate's answer for the form to show.
 */
export function useSingleImport(send: (form: FormData) => Promise<SingleImportResult>) {
  const router = useRouter();
  const action = useApiAction();
  const [duplicate, setDuplicate] = useState<SingleImportResult | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDuplicate(null);
    const result = await action.run(() => send(new FormData(event.currentTarget)));
    if (!result) return;
    if (result.outcome === "duplicate") setDuplicate(result);
    else router.push(`/articles/${result.articleId}`);
  }

  return { ...action, duplicate, onSubmit };
}
