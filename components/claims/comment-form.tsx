"use client";

import { useState } from "react";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { MentionTextarea } from "@/components/comments/mention-textarea";

export function CommentForm({ claimId, onAdded }: { claimId: string; onAdded(): void }) {
  const { pending, fieldErrors, error, run } = useApiAction();
  const [body, setBody] = useState("");
  return (
    <form
      className="stack"
      style={{ marginTop: 10 }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => api.claims.addComment(claimId, { body }))) {
          setBody("");
          onAdded();
        }
      }}
    >
      <Field label="Comment" name="comment-body" error={fieldErrors.body ?? (error && !Object.keys(fieldErrors).length ? error : undefined)}>
        <MentionTextarea id="comment-body" value={body} onChange={setBody} placeholder="Ask a colleague (@name), note a lead…" />
      </Field>
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          Comment
        </Button>
      </div>
    </form>
  );
}
