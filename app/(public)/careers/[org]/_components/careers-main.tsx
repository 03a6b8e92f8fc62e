/**
 * The main landmark of a careers page. The careers layout frames every page under /careers/{org}
 * (the apply form and privacy notice included), and each page brings its own <main>.
 */
export function CareersMain({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto w-full max-w-4xl px-4 py-8">{children}</main>;
}
