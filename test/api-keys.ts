import type { IsolatedOrganization } from "@/db/fixtures";
import type { ApiScope } from "@/lib/permissions";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import { createApiKey } from "@/server/api-keys/create-api-key";
import { actorOf } from "./members";

/** A live API key of the organisation, created by its admin: the bearer token a client would send. */
export async function keyFor(org: IsolatedOrganization, scopes: ApiScope[], name = "Sync"): Promise<string> {
  const created = await createApiKey(actorOf(org, "admin"), createApiKeySchema.parse({ name, scopes }));
  return created.key;
}
