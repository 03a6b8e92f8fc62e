import type { Page } from "@playwright/test";

/** The job editor's "Before you publish" panel (components/jobs/publish-checks.tsx) and its warnings. */
export const publishChecks = (page: Page) => page.getByRole("region", { name: "Before you publish" });
export const publishWarnings = (page: Page) => publishChecks(page).getByRole("list", { name: "Warnings" }).getByRole("listitem");

/** The step "Publish" (or "Save and reopen") opens when there are warnings to confirm (components/jobs/publish-confirm.tsx). */
export const publishConfirmStep = (page: Page) => page.getByRole("region", { name: /^(Publish|Reopen) with \d+ warnings?\?$/ });
