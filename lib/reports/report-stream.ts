/**
 * An async source of text chunks as a byte stream that pulls the next chunk only when the reader wants it
 * (backpressure: a slow client slows the database reads instead of filling memory). A failure mid-way errors
 * the stream, so the client sees a broken download rather than a silently short file.
 */
export function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          console.error(error);
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
