import type { ComponentProps } from "react";
import Link from "next/link";
import { cn } from "@/lib/utils";

/** An in-text link to another record. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={cn(
        "font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-[3px] focus-visible:ring-ring/60",
        className,
      )}
      {...props}
    />
  );
}
