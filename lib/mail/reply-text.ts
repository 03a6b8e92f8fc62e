import EmailReplyParser from "email-reply-parser";

/** Longest reply text kept: far beyond any real answer, short enough for a timeline. */
export const MAX_REPLY_CHARS = 20_000;

/**
 * What the candidate wrote in a reply: the quoted earlier message ("On … wrote:", "> …") and the signature
 * removed by email-reply-parser, line endings normalised, trimmed and capped. Falls back to the whole text
 * when stripping leaves nothing (a reply written only below the quote).
 */
export function replyTextOf(text: string): string {
  const normalised = text.replace(/\r\n?/g, "\n");
  const visible = new EmailReplyParser().parseReply(normalised).trim();
  return (visible || normalised.trim()).slice(0, MAX_REPLY_CHARS);
}
