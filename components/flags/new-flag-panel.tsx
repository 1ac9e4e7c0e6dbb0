"use client";

import { Button } from "@/components/ui/button";
import { FlagForm } from "./flag-form";

export function NewFlagPanel({ articleId, quote, start, end, onCreated, onCancel }: { articleId: string; quote: string; start: number; end: number; onCreated(id: string): void; onCancel(): void }) {
  return (
    <div className="panel-section">
      <div className="panel-head">
        <h2>Flag an error</h2>
        <span className="spacer" />
        <Button size="sm" variant="ghost" onClick={onCancel} aria-label="Close">
          ✕
        </Button>
      </div>
      <blockquote className="claim-quote">{quote}</blockquote>
      <FlagForm articleId={articleId} target={{ start, end }} onCreated={onCreated} onCancel={onCancel} />
    </div>
  );
}
