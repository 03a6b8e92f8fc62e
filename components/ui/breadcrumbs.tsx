import Link from "@/components/ui/link";

/** The pages above this one, outermost first. */
export function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-2">
        {items.map((item, i) => (
          <li key={item.href} className="flex gap-2">
            {i > 0 && <span aria-hidden="true">/</span>}
            <Link href={item.href} className="text-indigo-700 hover:underline">
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
