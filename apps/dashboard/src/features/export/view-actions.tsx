"use client";
// A view's toolbar: copy the link to exactly this view, download its data (CSV, JSON) through the
// export route, and save its chart (SVG, PNG).
import { Download, ImageDown, Link2 } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { savePng, saveSvg } from "./save-chart";

export interface ViewActionLabels {
  toolbar: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  csv: string;
  json: string;
  svg: string;
  png: string;
  saveFailed: string;
}

interface Props {
  /** The export route for this view's state, without `format`. */
  exportHref: string;
  fileName: string;
  /** The chart's SVG id, when the view has a chart. */
  chartId?: string;
  labels: ViewActionLabels;
  /** A second table on the page (the timeline's events): its own toolbar name and test ids, no copy-link. */
  secondary?: { toolbar: string; testIdPrefix: string };
}

export function ViewActions({ exportHref, fileName, chartId, labels, secondary }: Props) {
  const testId = secondary?.testIdPrefix ?? "export";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      toast.success(labels.copied);
    } catch {
      toast.error(labels.copyFailed);
    }
  };
  const save = (run: () => void | Promise<void>) => async () => {
    try {
      await run();
    } catch {
      toast.error(labels.saveFailed);
    }
  };
  const href = (format: "csv" | "json") => `${exportHref}${exportHref.includes("?") ? "&" : "?"}format=${format}`;
  return (
    <div role="toolbar" aria-label={secondary?.toolbar ?? labels.toolbar} className="flex flex-wrap items-center gap-2">
      {secondary ? null : (
        <Button type="button" variant="outline" size="sm" onClick={copy}>
          <Link2 aria-hidden /> {labels.copyLink}
        </Button>
      )}
      <Button asChild variant="outline" size="sm">
        <a href={href("csv")} download data-testid={`${testId}-csv`}>
          <Download aria-hidden /> {labels.csv}
        </a>
      </Button>
      <Button asChild variant="outline" size="sm">
        <a href={href("json")} download data-testid={`${testId}-json`}>
          <Download aria-hidden /> {labels.json}
        </a>
      </Button>
      {chartId ? (
        <>
          <Button type="button" variant="outline" size="sm" onClick={save(() => saveSvg(chartId, fileName))}>
            <ImageDown aria-hidden /> {labels.svg}
          </Button>
          <Button type="button" variant="outline" size="sm" onClick={save(() => savePng(chartId, fileName))}>
            <ImageDown aria-hidden /> {labels.png}
          </Button>
        </>
      ) : null}
    </div>
  );
}
