import { z } from "zod";

const applicationId = z.uuid("That application doesn't exist.");

export const revealIdentitySchema = z.object({ applicationId });
