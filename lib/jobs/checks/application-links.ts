import { isCallToAction } from "@/lib/postings/calls-to-action";

/**
 * Links in a description that send candidates to apply somewhere else: another applicant tracking
 * system's job page, a page whose address is an application form, or any link worded as a call to apply.
 * A Candor posting has its own Apply button, and an application made elsewhere never reaches the recruiter.
 */
export type ApplicationLink = { text: string; host: string };

// Hosted job boards of applicant tracking systems and job sites: a link there is someone else's application.
const APPLICATION_HOSTS = [
  "greenhouse.io", "lever.co", "myworkdayjobs.com", "myworkdaysite.com", "ashbyhq.com", "smartrecruiters.com",
  "workable.com", "bamboohr.com", "jobvite.com", "icims.com", "recruitee.com", "personio.de", "personio.com",
  "teamtailor.com", "breezy.hr", "applytojob.com", "taleo.net", "successfactors.com", "successfactors.eu",
  "jazzhr.com", "pinpointhq.com", "join.com", "ats.rippling.com", "comeet.com", "recruiterbox.com", "homerun.co",
];
const JOB_SITE_PATHS: [string, RegExp][] = [
  ["linkedin.com", /^\/jobs\b/i],
  ["indeed.com", /^\/(?:viewjob|rc\/clk|apply|job)\b/i],
];
const APPLY_PATH = /(?:^|\/)(?:apply|application|applications|bewerben|postuler)(?:\/|$|\?)/i;
const HERE = /^(?:click )?(?:here|this link)$/i;

// Bounded classes, no nested quantifiers: linear on any input.
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\(<?(https?:\/\/[^\s)>]{1,2000})>?(?:\s+"[^"\n]{0,200}")?\)/g;
const HTML_LINK = /<a\s[^>]{0,500}?href\s*=\s*["']?(https?:\/\/[^"'\s>]{1,2000})["']?[^>]{0,500}>([^<]{0,300})<\/a>/gi;
const BARE_URL = /<?(https?:\/\/[^\s<>()"']{1,2000})>?/g;

const onHost = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function isApplicationPage(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (APPLICATION_HOSTS.some((domain) => onHost(host, domain))) return true;
  if (JOB_SITE_PATHS.some(([domain, path]) => onHost(host, domain) && path.test(url.pathname))) return true;
  return APPLY_PATH.test(url.pathname);
}

const words = (text: string) => text.replace(/[*_`~]/g, "").replace(/[\s:–—-]+$/, "").trim();

/** The links in Markdown (with any HTML in it) that lead to another site's application page. */
export function findApplicationLinks(markdown: string, { ownOrigin }: { ownOrigin?: string } = {}): ApplicationLink[] {
  const found: ApplicationLink[] = [];
  const own = ownOrigin ? new URL(ownOrigin).origin : undefined;
  /** `text` is the link's words, or for a bare address the words around it (then the address is quoted). */
  const consider = (text: string, href: string, line: string, bare = false) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    if (url.origin === own) return;
    const label = words(text);
    const asksToApply = isCallToAction(label) || (HERE.test(label) && /\bapply/i.test(line));
    if (asksToApply || isApplicationPage(url)) found.push({ text: bare || !label ? href.slice(0, 100) : label, host: url.hostname });
  };
  for (const line of markdown.split("\n")) {
    let rest = line;
    for (const pattern of [MARKDOWN_LINK, HTML_LINK]) {
      rest = rest.replace(pattern, (_link, first: string, second: string) => {
        const [text, href] = pattern === MARKDOWN_LINK ? [first, second] : [second, first];
        consider(text, href, line);
        return " ";
      });
    }
    // A bare address: "Apply now: https://…", or the address alone.
    for (const match of rest.matchAll(BARE_URL)) consider(rest.replace(match[0], ""), match[1]!, line, true);
  }
  return found;
}
