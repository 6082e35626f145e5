import { Select } from "@mantine/core";
import { useI18n } from "../../lib/i18n";
import { currentFiscalYear } from "./queries";

/** The fiscal years one may look at: the current one and the nine before it. */
export function FySelect({ value, onChange }: { value: number; onChange(fy: number): void }) {
  const { t, date } = useI18n();
  const now = currentFiscalYear();
  const data = Array.from({ length: 10 }, (_, i) => now - i).map((fy) => ({
    value: String(fy),
    label: t("insight.fyLabel", { fy, from: date(`${fy}-04-01`), to: date(`${fy + 1}-03-31`) }),
  }));
  return (
    <Select
      label={t("insight.fy")}
      data={data}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={320}
    />
  );
}

/** Yen, counts and ratios as people read them. */
export function useFigureFormat() {
  const { t, locale } = useI18n();
  const nf = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-GB");
  return (value: number, unit: "count" | "yen" | "ratio") =>
    unit === "yen"
      ? t("insight.yen", { n: nf.format(value) })
      : unit === "ratio"
        ? `${(value * 100).toFixed(1)}%`
        : nf.format(value);
}
