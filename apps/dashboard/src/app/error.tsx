"use client";

export default function ErrorPage({ error }: { error: Error }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>{error.message.includes("cannot be reached") ? error.message : "The page could not be loaded. Try again in a moment."}</p>
    </>
  );
}
