import { AppError } from "@/lib/errors";

/** A posting Candor can't import, with the sentence that says what to do; shown on the file field. */
export const refuseFile = (message: string): never => {
  throw new AppError("VALIDATION", message, { file: [message] });
};
