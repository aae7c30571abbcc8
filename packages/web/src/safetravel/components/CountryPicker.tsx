import type { Directory } from "@safetravel/directory";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import { countryName } from "../lib/country";

export function countryOptions(directory: Directory | null, lang: "id" | "en"): { code: string; name: string }[] {
  const list = directory?.countries() ?? [];
  return list
    .map((c) => {
      const nameId = (c as { nameId?: string }).nameId;
      return { code: c.code, name: lang === "id" && nameId ? nameId : countryName(c.code, lang, c.name) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

interface Props {
  directory: Directory | null;
  value: string | null;
  onChange: (code: string | null) => void;
  label?: string;
  allowAny?: boolean;
}

export function CountryPicker({ directory, value, onChange, label, allowAny }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const lang = currentLang();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t("country.label")}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{allowAny ? t("directory.any") : t("country.choose")}</option>
        {countryOptions(directory, lang).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
