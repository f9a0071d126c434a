import type { Metadata } from "next";
import type { ReactNode } from "react";
import { OverviewDocument } from "@parley/client";
import { SiteHeader } from "../components/layout/site-header";
import { query } from "../lib/graphql";
import "./globals.css";

export const metadata: Metadata = { title: "Parley", description: "What each party to a negotiation says it wants, round by round, with the source behind every claim." };
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const parties = await query(OverviewDocument, {}).then(
    (d) => d.parties.edges.map((e) => e.node),
    () => [],
  );
  return (
    <html lang="en">
      <body>
        <SiteHeader parties={parties} />
        <main>{children}</main>
      </body>
    </html>
  );
}
