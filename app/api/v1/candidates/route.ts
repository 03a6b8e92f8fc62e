import { apiHandler } from "@/server/api/operation";
import { createCandidate, listCandidates } from "@/server/api/operations/candidates";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listCandidates);

export const POST = apiHandler(createCandidate);
