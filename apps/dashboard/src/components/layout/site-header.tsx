import Link from "next/link";

export function SiteHeader({ parties }: { parties: { slug: string; name: string }[] }) {
  return (
    <header className="site">
      <Link href="/" className="brand">
        Parley
      </Link>
      <nav aria-label="Parties">
        <Link href="/">Overview</Link>
        {parties.map((p) => (
          <Link key={p.slug} href={`/parties/${p.slug}`}>
            {p.name}
          </Link>
        ))}
      </nav>
    </header>
  );
}
