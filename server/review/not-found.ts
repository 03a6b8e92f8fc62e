import { AppError } from "@/lib/errors";

/** One answer whether the application is missing, another organisation's or off the member's team. */
export const applicationNotFound = () => new AppError("NOT_FOUND", "That application doesn't exist, or you don't have access to it.");
