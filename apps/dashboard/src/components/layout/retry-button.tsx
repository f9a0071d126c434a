"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Renders the page again on the server (a new request to the API), keeping the client state. */
export function RetryButton({ label, onRetry }: { label: string; onRetry?: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      onClick={() =>
        startTransition(() => {
          onRetry?.();
          router.refresh();
        })
      }
      disabled={pending}
    >
      <RotateCw className={pending ? "animate-spin" : undefined} aria-hidden /> {label}
    </Button>
  );
}
