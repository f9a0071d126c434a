"use client";
// Ingest an article: paste the text or upload a .txt, .md or .html file (HTML is reduced to text on the
// server), fill in where and when it was published, and store it. A likely duplicate is shown first
// (why it matches, with a link); the editor may still store deliberately. Then the reader opens.
import { useEffect, useRef, useState, useTransition, type ChangeEvent } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { TriangleAlert, Upload } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { formFieldOf } from "@/features/editing/action-result";
import { clearDraft, readDraft, writeDraft } from "@/features/editing/form-draft";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { EMPTY_PARTIAL_DATE, toPartialDateFields } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { useUnsavedChanges } from "@/features/editing/use-unsaved-changes";
import { ingestArticle, readArticleFile } from "./actions";
import {
  INGEST_FIELDS,
  INGEST_LANGUAGES,
  UPLOAD_TYPES,
  ingestDraftSchema,
  ingestFormSchema,
  type DuplicateView,
  type IngestFormValues,
} from "./ingest-form-schema";

const DRAFT_KEY = "parley:draft:new-article";

const EMPTY: IngestFormValues = {
  body: "",
  title: "",
  author: "",
  url: "",
  language: "nl",
  outlet: null,
  newOutlet: "",
  published: EMPTY_PARTIAL_DATE,
};

const isLanguage = (v: string | null): v is IngestFormValues["language"] => INGEST_LANGUAGES.some((l) => l === v);

const textareaClass =
  "min-h-72 w-full rounded-md border border-input bg-background px-3 py-2 font-mono text-sm leading-6 shadow-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60 aria-invalid:border-destructive";

export function IngestForm() {
  const t = useTranslations("ingest");
  const tEditing = useTranslations("editing");
  const locale = useLocale();
  const router = useRouter();
  const [duplicates, setDuplicates] = useState<DuplicateView[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [saving, startSaving] = useTransition();
  const [reading, startReading] = useTransition();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const warningRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const form = useForm<IngestFormValues>({ resolver: zodResolver(ingestFormSchema), defaultValues: EMPTY });
  const { control, formState, register } = form;
  const values = useWatch({ control });
  const errors = formState.errors;
  const dirty = formState.isDirty;
  useUnsavedChanges(dirty && !saving, tEditing("leaveQuestion"));

  useEffect(() => {
    const draft = readDraft(DRAFT_KEY, ingestDraftSchema);
    if (draft) {
      form.reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
  }, [form]);
  useEffect(() => {
    if (dirty) writeDraft(DRAFT_KEY, values);
  }, [dirty, values]);
  useEffect(() => {
    if (duplicates) warningRef.current?.focus();
  }, [duplicates]);

  const message = (m: string | undefined) =>
    m === undefined ? undefined : t.has(`errors.${m}`) ? t(`errors.${m}`) : tEditing.has(`errors.${m}`) ? tEditing(`errors.${m}`) : m;
  const languageName = (tag: string) => new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const data = new FormData();
    data.set("file", file);
    startReading(async () => {
      const result = await readArticleFile(data);
      if (!result.ok) {
        form.setError("body", { type: "server", message: result.message }, { shouldFocus: true });
        return;
      }
      const found = result.value;
      const set = (name: "body" | "title" | "author", value: string | null) => {
        if (value && (name === "body" || !form.getValues(name).trim())) form.setValue(name, value, { shouldDirty: true, shouldValidate: name === "body" });
      };
      set("body", found.body);
      set("title", found.title);
      set("author", found.author);
      const language = found.language?.split("-")[0] ?? null;
      if (isLanguage(language)) form.setValue("language", language, { shouldDirty: true });
      if (found.publishedOn && form.getValues("published").precision === "UNKNOWN")
        form.setValue("published", toPartialDateFields({ on: found.publishedOn, precision: "DAY" }), { shouldDirty: true });
      if (found.siteName && !form.getValues("outlet") && !form.getValues("newOutlet").trim()) form.setValue("newOutlet", found.siteName, { shouldDirty: true });
      setFileNote(t("file.read", { name: file.name, characters: found.body.length }));
      setDuplicates(null);
    });
  };

  const store = (storeAnyway: boolean) =>
    form.handleSubmit((v) =>
      startSaving(async () => {
        setFormError(null);
        const result = await ingestArticle(v, storeAnyway);
        if (!result.ok) {
          const field = formFieldOf(result.field, INGEST_FIELDS);
          if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
          else setFormError(result.message);
          return;
        }
        if (!result.value.stored) {
          setDuplicates(result.value.duplicates);
          return;
        }
        clearDraft(DRAFT_KEY);
        form.reset(v);
        toast.success(t("stored"));
        router.push(`/articles/${result.value.slug}`);
      }),
    )();

  const discard = () => {
    clearDraft(DRAFT_KEY);
    form.reset(EMPTY);
    setDuplicates(null);
    setRestored(false);
    setFileNote(null);
    if (fileRef.current) fileRef.current.value = "";
  };

  const fieldError = (name: "body" | "title" | "author" | "url" | "newOutlet" | "outlet") =>
    errors[name] ? (
      <p id={`ingest-${name}-error`} className="text-sm text-destructive">
        {message(errors[name].message)}
      </p>
    ) : null;
  const described = (name: "body" | "title" | "author" | "url" | "newOutlet") => ({
    "aria-invalid": Boolean(errors[name]) || undefined,
    "aria-describedby": errors[name] ? `ingest-${name}-error` : undefined,
  });

  return (
    <form
      noValidate
      aria-label={t("formLabel")}
      data-ready={ready || undefined}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) store(false);
      }}
    >
      <div className="space-y-4">
        {restored ? (
          <p role="status" className="rounded-md border bg-muted/50 px-3 py-2 text-sm">
            {tEditing("draftRestored")}
          </p>
        ) : null}
        {formError ? (
          <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
            {formError}
          </p>
        ) : null}
        <section aria-labelledby="ingest-text-title" className="space-y-3 rounded-lg border bg-card p-4">
          <h2 id="ingest-text-title" className="text-base font-semibold">
            {t("text")}
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            <Label
              htmlFor="ingest-file"
              className="inline-flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm font-medium hover:bg-accent focus-within:ring-[3px] focus-within:ring-ring/60"
            >
              <Upload aria-hidden className="size-4" />
              {t("file.label")}
              <input
                id="ingest-file"
                ref={fileRef}
                type="file"
                accept={UPLOAD_TYPES.join(",")}
                className="sr-only"
                onChange={onFile}
                aria-describedby="ingest-file-hint"
              />
            </Label>
            <span id="ingest-file-hint" className="text-sm text-muted-foreground">
              {reading ? t("file.reading") : (fileNote ?? t("file.hint"))}
            </span>
          </div>
          <div className="space-y-1">
            <Label htmlFor="ingest-body">{t("body")}</Label>
            <textarea
              id="ingest-body"
              lang={values.language}
              className={textareaClass}
              placeholder={t("bodyPlaceholder")}
              {...described("body")}
              {...register("body")}
            />
            <p className="text-xs text-muted-foreground">{t("bodyCount", { characters: values.body?.length ?? 0 })}</p>
            {fieldError("body")}
          </div>
        </section>
      </div>

      <div className="space-y-4">
        <section aria-labelledby="ingest-meta-title" className="space-y-4 rounded-lg border bg-card p-4">
          <h2 id="ingest-meta-title" className="text-base font-semibold">
            {t("details")}
          </h2>
          <div className="space-y-1">
            <Label htmlFor="ingest-title">{t("title")}</Label>
            <Input id="ingest-title" {...described("title")} {...register("title")} />
            {fieldError("title")}
          </div>
          <div className="space-y-1">
            <Label htmlFor="ingest-author">
              {t("author")} <span className="font-normal text-muted-foreground">{tEditing("optional")}</span>
            </Label>
            <Input id="ingest-author" {...described("author")} {...register("author")} />
            {fieldError("author")}
          </div>
          <div className="space-y-1">
            <Label htmlFor="ingest-url">
              {t("url")} <span className="font-normal text-muted-foreground">{tEditing("optional")}</span>
            </Label>
            <Input id="ingest-url" type="url" inputMode="url" placeholder="https://www.example.org/…" {...described("url")} {...register("url")} />
            {fieldError("url")}
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="ingest-language">{t("language")}</Label>
            <NativeSelect id="ingest-language" {...register("language")}>
              {INGEST_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </NativeSelect>
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">
              {t("outlet")} <span className="font-normal text-muted-foreground">{tEditing("optional")}</span>
            </legend>
            <div className="space-y-1">
              <Label htmlFor="ingest-outlet" className="text-xs text-muted-foreground">
                {t("outletPick")}
              </Label>
              <Controller
                control={control}
                name="outlet"
                render={({ field }) => (
                  <RecordPicker
                    id="ingest-outlet"
                    kind="outlet"
                    // A new outlet is typed in the box below and made with the article.
                    creatable={false}
                    value={field.value}
                    onChange={(o) => {
                      field.onChange(o);
                      if (o) form.setValue("newOutlet", "", { shouldDirty: true });
                    }}
                    clearable
                    invalid={Boolean(errors.outlet)}
                  />
                )}
              />
              {fieldError("outlet")}
            </div>
            {values.outlet ? null : (
              <div className="space-y-1">
                <Label htmlFor="ingest-newOutlet" className="text-xs text-muted-foreground">
                  {t("outletNew")}
                </Label>
                <Input id="ingest-newOutlet" {...described("newOutlet")} {...register("newOutlet")} />
                {fieldError("newOutlet")}
              </div>
            )}
          </fieldset>
          <Controller
            control={control}
            name="published"
            render={({ field }) => (
              <PartialDateInput
                id="ingest-published"
                legend={t("published")}
                value={field.value}
                onChange={field.onChange}
                errors={{
                  precision: errors.published?.message,
                  year: errors.published?.year?.message,
                  month: errors.published?.month?.message,
                  day: errors.published?.day?.message,
                }}
              />
            )}
          />
        </section>

        {duplicates ? (
          <div
            ref={warningRef}
            tabIndex={-1}
            role="alert"
            data-testid="duplicate-warning"
            className="space-y-3 rounded-lg border border-amber-500/60 bg-amber-50 p-4 text-sm text-amber-950 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60 dark:bg-amber-950/40 dark:text-amber-50"
          >
            <p className="flex items-center gap-2 font-semibold">
              <TriangleAlert aria-hidden className="size-4" />
              {t("duplicates.title", { count: duplicates.length })}
            </p>
            <ul className="space-y-2">
              {duplicates.map((d) => (
                <li key={d.slug} className="rounded-md border border-amber-500/40 bg-background/60 p-2 text-foreground">
                  <Link href={`/articles/${d.slug}`} target="_blank" className="font-medium text-primary underline-offset-4 hover:underline">
                    {d.title}
                  </Link>
                  <p className="text-xs text-muted-foreground">{[d.outlet, d.published, d.draft ? t("duplicates.draft") : null].filter(Boolean).join(" · ")}</p>
                  <ul className="mt-1 flex flex-wrap gap-1">
                    {d.reasons.map((r) => (
                      <li key={r} className="rounded-sm bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                        {r === "SIMILAR_BODY" && d.similarity !== null
                          ? t("duplicates.SIMILAR_BODY", { percent: Math.round(d.similarity * 100) })
                          : t(`duplicates.${r}`)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" onClick={() => store(true)} disabled={saving}>
                {t("duplicates.storeAnyway")}
              </Button>
              <Button type="button" variant="ghost" onClick={() => setDuplicates(null)}>
                {t("duplicates.dismiss")}
              </Button>
            </div>
          </div>
        ) : null}

        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={saving || reading}>
            {saving ? tEditing("working") : t("store")}
          </Button>
          <Button type="button" variant="outline" onClick={discard} disabled={saving}>
            {t("discard")}
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">{t("storeHint")}</p>
      </div>
    </form>
  );
}
