import { escapeHtml } from "@/lib/public-api/board";
import { boardJobsPath, careersPath, EMBED_SCRIPT_PATH } from "./urls";

/**
 * The HTML an admin pastes into their own site to list the open jobs there: a div naming the
 * organisation, holding a link to the careers page (what visitors without JavaScript get), and the script
 * that replaces the link with the list (lib/careers/embed-script.ts).
 */
export function embedSnippet({ appUrl, orgSlug, orgName }: { appUrl: string; orgSlug: string; orgName: string }): string {
  return [
    `<div data-candor-jobs="${escapeHtml(orgSlug)}">`,
    `  <a href="${escapeHtml(appUrl + careersPath(orgSlug))}">Open positions at ${escapeHtml(orgName)}</a>`,
    "</div>",
    `<script src="${escapeHtml(appUrl + EMBED_SCRIPT_PATH)}" async></script>`,
  ].join("\n");
}

/** The API the snippet reads, for the settings page to name. */
export const embedApiUrl = (appUrl: string, orgSlug: string) => appUrl + boardJobsPath(orgSlug);
