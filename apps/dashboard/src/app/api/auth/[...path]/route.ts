// Sign-in and sign-out on the dashboard's own origin: /api/auth/* is passed to the API's better-auth
// handler, so its session cookie is first-party here. A route handler (not a rewrite) reads API_URL at
// run time, so one build serves any API.
import type { NextRequest } from "next/server";
import { env } from "@/env";

/** Request headers the auth handler needs; nothing else of the browser's is passed on. */
const FORWARDED_REQUEST = ["cookie", "content-type", "origin", "user-agent", "accept", "accept-language"];
/** Response headers the browser needs back (set-cookie above all). */
const FORWARDED_RESPONSE = ["content-type", "set-cookie", "cache-control", "location", "retry-after"];

async function forward(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const target = new URL(`/api/auth/${path.map(encodeURIComponent).join("/")}${request.nextUrl.search}`, env.API_URL);
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  let answer: Response;
  try {
    answer = await fetch(target, {
      method: request.method,
      headers,
      body: request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer(),
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return Response.json({ code: "UNREACHABLE", message: "The Parley API could not be reached." }, { status: 503 });
  }
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE) {
    if (name === "set-cookie") for (const cookie of answer.headers.getSetCookie()) out.append("set-cookie", cookie);
    else {
      const value = answer.headers.get(name);
      if (value) out.set(name, value);
    }
  }
  return new Response(answer.body, { status: answer.status, headers: out });
}

export { forward as GET, forward as POST };
