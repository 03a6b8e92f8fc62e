import { apiHandler } from "@/server/api/operation";
import { addApplicationNote } from "@/server/api/operations/applications";

export const dynamic = "force-dynamic";

export const POST = apiHandler(addApplicationNote);
