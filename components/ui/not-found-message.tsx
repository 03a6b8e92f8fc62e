import Link from "@/components/ui/link";

export function NotFoundMessage({ homeHref = "/", homeLabel = "Go to the start page" }: { homeHref?: string; homeLabel?: string }) {
  return (
    <div className="mx-auto flex min-h-[50vh] max-w-lg flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">This page doesn&apos;t exist, or you don&apos;t have access to it.</p>
      <Link href={homeHref} className="font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900">
        {homeLabel}
      </Link>
    </div>
  );
}
