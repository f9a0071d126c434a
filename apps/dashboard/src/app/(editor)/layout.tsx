// Staff-only pages: checked on the server before anything renders; no session → sign-in and back here.
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getSignedInUser, signInPath } from "@/lib/api";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  if (!(await getSignedInUser())) redirect(await signInPath());
  return children;
}
