"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { createApiKey } from "@/server/api-keys/create-api-key";
import { revokeApiKey } from "@/server/api-keys/revoke-api-key";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/validation/api-keys";

// Settings → API keys: admins only (apiKeys.manage), checked again in each use case.

export const createApiKeyAction = memberAction("apiKeys.manage", createApiKeySchema, async (input, member) => {
  const created = await createApiKey(member, input);
  revalidatePath("/settings/api-keys");
  return { id: created.id, name: created.name, key: created.key };
});

export const revokeApiKeyAction = memberAction("apiKeys.manage", revokeApiKeySchema, async (input, member) => {
  await revokeApiKey(member, input);
  revalidatePath("/settings/api-keys");
});
