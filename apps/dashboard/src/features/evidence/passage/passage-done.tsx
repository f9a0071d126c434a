"use client";
// After the passage backs a record: where to open it and, while the quote (and a record it created)
// are drafts, "publish the … and its quote" from the reader — confirmed with what else goes live,
// the article too while it is a draft (its quotes stay hidden until it is published).
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import { publishPassage, type PassageSaved } from "./passage-actions";

interface PassageDoneProps {
  saved: PassageSaved;
  articleId: string;
  articleIsDraft: boolean;
}

export function PassageDone({ saved, articleId, articleIsDraft }: PassageDoneProps) {
  const t = useTranslations("editing.passage");
  const router = useRouter();
  const [withArticle, setWithArticle] = useState(articleIsDraft);
  const [published, setPublished] = useState(false);
  const what = saved.created?.kind ?? "quote";
  const publish = async (): Promise<string | null> => {
    const result = await publishPassage(saved, articleId, withArticle);
    if (!result.ok) return result.message;
    setPublished(true);
    toast.success(t("published"));
    router.refresh();
    return null;
  };
  return (
    <div role="status" className="space-y-3 rounded-md border bg-muted/50 p-3 text-sm" data-testid="passage-done">
      <p>{t(`done.${saved.target}`)}</p>
      <div className="flex flex-wrap items-center gap-3">
        {published ? (
          <p className="font-medium">{t("publishedBody")}</p>
        ) : (
          <ConfirmDialog
            trigger={<Button size="sm">{t(`publish.${what}`)}</Button>}
            title={t(`publishTitle.${what}`)}
            description={
              <>
                <p>{t("publishBody")}</p>
                <ul className="list-disc pl-5 text-foreground" data-testid="affected">
                  {saved.created ? <li>{t(`publishes.${saved.created.kind}`)}</li> : null}
                  <li>{t("publishes.quote")}</li>
                </ul>
                {articleIsDraft ? (
                  <label className="flex items-center gap-2 text-foreground">
                    <input type="checkbox" checked={withArticle} onChange={(e) => setWithArticle(e.target.checked)} className="accent-primary" />
                    {t("publishArticle")}
                  </label>
                ) : null}
              </>
            }
            confirmLabel={t("publishConfirm")}
            onConfirm={publish}
          />
        )}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href={saved.href}>
          {t(`open.${saved.target}`)}
        </Link>
      </div>
    </div>
  );
}
