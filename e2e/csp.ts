import type { Page } from "@playwright/test";

/** Every Content-Security-Policy violation the page reports, from the console and from the DOM event. */
export function collectViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|frame|apply)/i.test(message.text())) violations.push(message.text());
  });
  page.on("load", () => {
    void page
      .evaluate(() => {
        document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
      })
      .catch(() => undefined);
  });
  return violations;
}
