import { z } from "zod";
import { apiScopes } from "@/lib/permissions";

export const API_KEY_NAME_MAX = 100;

/** One value or several (repeated checkboxes in FormData, a comma list on the command line) as a list. */
const scopeList = z.preprocess(
  (value) =>
    value === undefined || value === null || value === "" || value === false
      ? []
      : (Array.isArray(value) ? value : [value]).flatMap((item) => (typeof item === "string" ? item.split(",").map((s) => s.trim()).filter(Boolean) : [item])),
  z
    .array(z.enum(apiScopes, { error: `Scopes are ${apiScopes.join(", ")}.` }))
    .min(1, "Choose at least one scope.")
    .max(apiScopes.length)
    .transform((scopes) => [...new Set(scopes)]),
);

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name the key (what uses it).").max(API_KEY_NAME_MAX, `Keep the name under ${API_KEY_NAME_MAX} characters.`),
  scopes: scopeList,
});
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.uuid() });
