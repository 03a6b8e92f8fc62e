import { ExternalLink, MapPin, Video } from "lucide-react";

const isLink = (location: string) => /^https?:\/\/\S+$/i.test(location.trim());

/** Where an interview happens: a meeting URL as a link that opens in a new tab, anything else as text. */
export function InterviewLocation({ location }: { location: string }) {
  const text = location.trim();
  if (!isLink(text)) {
    return (
      <span className="inline-flex items-center gap-1">
        <MapPin aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
        {text}
      </span>
    );
  }
  return (
    <a href={text} className="relative inline-flex min-w-0 items-center gap-1 break-all text-accent hover:underline" rel="noreferrer" target="_blank">
      <Video aria-hidden="true" className="size-4 shrink-0" />
      {text}
      <ExternalLink aria-hidden="true" className="size-3 shrink-0" />
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
