import { linkify } from "@/lib/text/linkify";

/**
 * A comment's text with its http(s) addresses as links (React children, never HTML). The links open in a
 * new tab with no opener and no referrer, and `nofollow`: a comment is not the desk vouching for a site.
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="comment-body">
      {linkify(body).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
