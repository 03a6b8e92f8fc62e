import "server-only";

export class BodyTooLarge extends Error {
  override name = "BodyTooLarge";
}

/**
 * A request's or response's body as bytes, refused as soon as it passes `maxBytes` (with `tooLarge()`,
 * BodyTooLarge by default): by its declared Content-Length before anything is read, else while it
 * streams, so a huge body is never held whole.
 */
export async function readBodyUpTo(message: Request | Response, maxBytes: number, tooLarge: () => Error = () => new BodyTooLarge()): Promise<Buffer> {
  const declared = Number(message.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await message.body?.cancel();
    throw tooLarge();
  }
  const reader = message.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
