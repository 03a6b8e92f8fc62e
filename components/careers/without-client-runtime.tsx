import { WITHOUT_RUNTIME_META } from "@/lib/careers/client-runtime.mjs";

/**
 * Says that this page works as plain HTML, so the custom server sends it without Next's client runtime
 * (server/careers/public-pages.mjs, lib/careers/client-runtime.mjs): no framework download, nothing to
 * hydrate. Render it only on a careers page whose every client component degrades to working HTML
 * (links, GET and POST forms); what needs a script gets a small one of our own (CareersScript).
 */
export function WithoutClientRuntime() {
  return <meta name={WITHOUT_RUNTIME_META} content="none" />;
}
