"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FlagForm } from "@/components/flags/flag-form";

export function ClaimFlagForm({ articleId, claimId, onCreated }: { articleId: string; claimId: string; onCreated(): void }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="sm" className="gap-above" onClick={() => setOpen(true)}>
        + Flag an error
      </Button>
    );
  return (
    <FlagForm
      articleId={articleId}
      target={{ claimId }}
      onCreated={() => {
        setOpen(false);
        onCreated();
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
