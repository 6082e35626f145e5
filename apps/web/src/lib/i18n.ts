import { resolvePlurals } from "@renkei/domain";
import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
} from "react";
import { MESSAGES_EN } from "./messages-en";
import { MESSAGES_JA, type MessageKey } from "./messages-ja";

export type Locale = "ja" | "en";
export type { MessageKey };
export type Vars = Record<string, string | number>;

const STORAGE_KEY = "renkei.locale";
const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { ja: MESSAGES_JA, en: MESSAGES_EN };
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function readStoredLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}

function interpolate(text: string, vars?: Vars): string {
  return vars
    ? resolvePlurals(text, vars).replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m))
    : text;
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  return interpolate(DICTIONARIES[locale][key] ?? key, vars);
}

function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES_JA;
}

/**
 * Turns a message from the contract or server (an i18n key such as `validation.required`, or
 * `import.duplicate_of_row:3`) into text; anything unknown (e.g. zod's own English) is shown as is.
 */
export function translateMessage(locale: Locale, raw: string): string {
  const dup = /^import\.duplicate_of_row:(\d+)$/.exec(raw);
  if (dup) {
    return translate(locale, "validation.duplicate_of_row", { n: dup[1] ?? "" });
  }
  return isMessageKey(raw) ? translate(locale, raw) : raw;
}

function dateParts(value: string): { y: number; m: number; d: number; time: Date | null } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]), time: null };
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate(), time: date };
}

/** `2026年11月21日` / `21 Nov 2026`; date-only ISO strings are never shifted by the time zone. */
export function formatDate(locale: Locale, value: string | null | undefined): string {
  if (!value) {
    return "";
  }
  const p = dateParts(value);
  if (!p) {
    return value;
  }
  return locale === "ja" ? `${p.y}年${p.m}月${p.d}日` : `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}`;
}

/** Date plus local time, for timestamps such as audit entries. */
export function formatDateTime(locale: Locale, value: string | null | undefined): string {
  const p = value ? dateParts(value) : null;
  if (!p?.time) {
    return formatDate(locale, value);
  }
  const hh = String(p.time.getHours()).padStart(2, "0");
  const mm = String(p.time.getMinutes()).padStart(2, "0");
  return `${formatDate(locale, value)} ${hh}:${mm}`;
}

const regionNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

/** `JP` → `日本` / `Japan`; unknown codes are returned unchanged. */
export function countryName(locale: Locale, code: string | null | undefined): string {
  if (!code) {
    return "";
  }
  try {
    regionNames[locale] ??= new Intl.DisplayNames([locale], { type: "region" });
    return regionNames[locale].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Vars): string;
  /** Translates a contract / server message key, falling back to the raw text. */
  msg(raw: string): string;
  label(l: { ja: string; en: string }): string;
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  country(code: string | null | undefined): string;
  /** Separator of a list of names in running text: 「、」 in Japanese, ", " in English. */
  listSep: string;
  /** Between the two dates of a period: 「 〜 」 in Japanese, " – " in English. */
  rangeSep: string;
  /** A note after a name: 「（…）」 in Japanese, " (…)" in English; nothing when there is no note. */
  paren(text: string | number | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(() => {
    document.documentElement.lang = locale;
    return {
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      msg: (raw) => translateMessage(locale, raw),
      label: (l) => l[locale],
      date: (v) => formatDate(locale, v),
      dateTime: (v) => formatDateTime(locale, v),
      country: (code) => countryName(locale, code),
      listSep: locale === "ja" ? "、" : ", ",
      rangeSep: locale === "ja" ? " 〜 " : " – ",
      paren: (text) =>
        text === null || text === undefined || text === ""
          ? ""
          : locale === "ja"
            ? `（${text}）`
            : ` (${text})`,
    };
  }, [locale, setLocale]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) {
    throw new Error("useI18n outside I18nProvider");
  }
  return ctx;
}
