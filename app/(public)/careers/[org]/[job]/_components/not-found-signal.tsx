import { notFound } from "next/navigation";
import { Suspense } from "react";

async function Signal(): Promise<never> {
  notFound();
}

/**
 * Makes the page a 404 while keeping the HTML rendered next to it. Next 16 answers a plain notFound()
 * in production with an empty HTML shell that only JavaScript fills in (vercel/next.js#98295), so
 * without JavaScript a closed posting would be a blank page. Thrown inside a Suspense boundary during
 * a static (ISR) render, notFound() sets the status and Next keeps the content outside the boundary;
 * in the browser, the boundary then shows not-found.tsx, which says the same thing.
 * Only for statically rendered pages: in a dynamic render the status would already be sent as 200.
 */
export function NotFoundSignal() {
  return (
    <Suspense fallback={null}>
      <Signal />
    </Suspense>
  );
}
