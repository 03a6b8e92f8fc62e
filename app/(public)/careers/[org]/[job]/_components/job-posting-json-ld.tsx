import { buildJobPostingJsonLd, serializeJsonLd, type JsonLdJob, type JsonLdOrganization } from "@/lib/jobs/json-ld";

/**
 * schema.org JobPosting for search engines. Written as raw script text because React would
 * HTML-escape text children; serializeJsonLd escapes "<" so no description can close the script.
 */
export function JobPostingJsonLd({ job, organization, url }: { job: JsonLdJob; organization: JsonLdOrganization; url: string }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildJobPostingJsonLd({ job, organization, url })) }}
    />
  );
}
