/** Reading postings as recruiters have them: see parse.ts for the whole path, decode.ts for the bytes. */
export { decodeText } from "./decode";
export { refuseFile } from "./refuse";
export { documentKind, maxBytesFor, sizeProblem, textFormat, MAX_TEXT_POSTING_BYTES, MAX_DOCUMENT_POSTING_BYTES, POSTING_ACCEPT } from "./detect";
export { parsePosting, UNTITLED, type PostingText } from "./parse";
export type { FactName, ImportReview, ParsedPosting, PostingFormat } from "./types";
