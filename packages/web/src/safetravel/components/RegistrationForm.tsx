import { type FieldError, fieldErrors, registrationInput } from "@safetravel/server/schemas";
import { type FormEvent, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import {
  errorsByField,
  type FieldName,
  type FormValues,
  REQUIRED_FIELDS,
  requiredFirst,
  toRegistrationBody,
} from "../lib/registrationForm";
import { CountryPicker } from "./CountryPicker";
import type { Directory } from "@safetravel/directory";

const REQUIRED = new Set<string>(REQUIRED_FIELDS);

/** Validates with the server's own zod schema: same rules, same bilingual messages. */
export function validate(values: FormValues): FieldError[] {
  const r = registrationInput.safeParse(toRegistrationBody(values));
  return r.success ? [] : requiredFirst(fieldErrors(r.error), values);
}

interface Props {
  initial: FormValues;
  directory: Directory | null;
  submitLabel: string;
  busy: boolean;
  /** Errors the server sent back for the last submit. */
  serverErrors: FieldError[];
  onSubmit: (values: FormValues) => void;
}

type InputType = "text" | "date" | "tel";

export function RegistrationForm({ initial, directory, submitLabel, busy, serverErrors, onSubmit }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const clientErrors = useMemo(() => validate(values), [values]);
  const shown = useMemo(() => {
    const mine = errorsByField(clientErrors, lang);
    const server = errorsByField(serverErrors, lang);
    const out: Partial<Record<string, string>> = {};
    for (const [k, v] of Object.entries({ ...server, ...mine })) if (submitted || touched.has(k)) out[k] = v;
    return out;
  }, [clientErrors, serverErrors, touched, submitted, lang]);
  const errorCount = Object.keys(shown).length;

  const set = (f: FieldName, v: string) => setValues((old) => ({ ...old, [f]: v }));
  const touch = (f: string) => setTouched((old) => (old.has(f) ? old : new Set(old).add(f)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (clientErrors.length) {
      const first = clientErrors[0]?.path;
      window.setTimeout(() => {
        const form = formRef.current;
        (form?.querySelector<HTMLElement>(`[data-field="${first}"]`) ?? form?.querySelector<HTMLElement>(`[data-field="${first}-wrap"] select`))?.focus();
      }, 0);
      return;
    }
    onSubmit(values);
  };

  const field = (f: FieldName, type: InputType = "text", extra: { autoComplete?: string; placeholder?: string } = {}) => {
    const id = `${uid}-${f}`;
    const err = shown[f];
    return (
      <div className={err ? "field invalid" : "field"} key={f}>
        <label htmlFor={id}>
          {t(`lapor.fields.${f}`)} {REQUIRED.has(f) ? <span aria-hidden="true">*</span> : <span className="optional">{t("lapor.optional")}</span>}
        </label>
        <input
          id={id}
          data-field={f}
          type={type}
          value={values[f]}
          required={REQUIRED.has(f)}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-err` : undefined}
          onChange={(e) => set(f, e.target.value)}
          onBlur={() => touch(f)}
          {...extra}
        />
        {err && (
          <p id={`${id}-err`} className="error">
            {err}
          </p>
        )}
      </div>
    );
  };

  const sexErr = shown.sex;
  const countryErr = shown.country;

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="form">
      {submitted && errorCount > 0 && (
        <p role="alert" className="error-summary">
          {t("lapor.fixErrors", { count: errorCount })}
        </p>
      )}
      <fieldset>
        <legend>{t("lapor.sections.you")}</legend>
        {field("fullName", "text", { autoComplete: "name" })}
        {field("passportNumber", "text", { autoComplete: "off" })}
        {field("birthDate", "date")}
        <fieldset className={sexErr ? "radio invalid" : "radio"} aria-describedby={sexErr ? `${uid}-sex-err` : undefined}>
          <legend>
            {t("lapor.fields.sex")} <span aria-hidden="true">*</span>
          </legend>
          {(["female", "male"] as const).map((s) => (
            <label key={s} className="check">
              <input
                type="radio"
                name={`${uid}-sex`}
                value={s}
                data-field={s === "female" ? "sex" : undefined}
                checked={values.sex === s}
                onChange={() => {
                  set("sex", s);
                  touch("sex");
                }}
              />
              {t(`lapor.fields.${s}`)}
            </label>
          ))}
          {sexErr && (
            <p id={`${uid}-sex-err`} className="error">
              {sexErr}
            </p>
          )}
        </fieldset>
        {field("phone", "tel", { autoComplete: "tel", placeholder: "+852 9123 4567" })}
        {field("whatsapp", "tel", { placeholder: "+852 9123 4567" })}
      </fieldset>
      <fieldset>
        <legend>{t("lapor.sections.work")}</legend>
        <div className={countryErr ? "invalid" : undefined} data-field="country-wrap">
          <CountryPicker
            directory={directory}
            value={values.country || null}
            label={`${t("lapor.fields.country")} *`}
            onChange={(c) => {
              set("country", c ?? "");
              touch("country");
            }}
          />
          {countryErr && <p className="error">{countryErr}</p>}
        </div>
        {field("city")}
        {field("addressAbroad", "text", { autoComplete: "street-address" })}
        {field("employerName")}
        {field("employerContact")}
        {field("job")}
        {field("agency")}
        {field("arrivalDate", "date")}
        {field("contractEnd", "date")}
      </fieldset>
      <fieldset>
        <legend>{t("lapor.sections.contact")}</legend>
        {field("emergencyContact.name")}
        {field("emergencyContact.relation")}
        {field("emergencyContact.phone", "tel", { placeholder: "+62 812 3456 7890" })}
      </fieldset>
      <button type="submit" className="button primary wide" disabled={busy}>
        {busy ? t("lapor.sending") : submitLabel}
      </button>
    </form>
  );
}
