import { SegmentedControl } from "@mantine/core";
import { type Locale, useI18n } from "../../lib/i18n";

/** 日本語 / English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("header.language")}
      value={locale}
      onChange={(v) => setLocale(v as Locale)}
      data={[
        { value: "ja", label: "日本語" },
        { value: "en", label: "English" },
      ]}
    />
  );
}
