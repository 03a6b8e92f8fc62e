import "server-only";
import type { ApiOperation } from "../operation";
import { addApplicationNote, getApplication, listApplications, moveApplication, rejectApplication } from "./applications";
import { downloadAttachment, listAttachments } from "./attachments";
import { createCandidate, getCandidate, listCandidates } from "./candidates";
import { getJob, listJobs } from "./jobs";
import { createWebhook } from "./webhooks";

/** Every operation of the REST API, in the order openapi.json and /api/v1/docs list them. Add a new one here. */
export const apiOperations: ApiOperation[] = [
  listJobs,
  getJob,
  listCandidates,
  getCandidate,
  createCandidate,
  listApplications,
  getApplication,
  moveApplication,
  rejectApplication,
  addApplicationNote,
  listAttachments,
  downloadAttachment,
  createWebhook,
] as unknown as ApiOperation[];
