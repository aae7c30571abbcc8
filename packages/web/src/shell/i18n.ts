import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./locales/en";
import { id } from "./locales/id";
import { KEYS, read, write } from "./storage";

export type Lang = "id" | "en";

export function initI18n(): typeof i18next {
  const saved = read(KEYS.lang);
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: saved === "en" ? "en" : "id",
    fallbackLng: "id",
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export function currentLang(): Lang {
  return i18next.language === "en" ? "en" : "id";
}

/** Switches language and remembers it on the device (not sensitive; wiped by quick exit). */
export function setLang(lang: Lang): void {
  write(KEYS.lang, lang);
  void i18next.changeLanguage(lang);
}
