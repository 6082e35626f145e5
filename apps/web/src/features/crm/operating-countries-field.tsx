import { CloseButton, Group, Pill, Stack, Text } from "@mantine/core";
import { CountryPicker } from "../../components/ui/country-picker";
import { useI18n } from "../../lib/i18n";

/**
 * The countries a partner operates in (issue 17 item 1; seed 001 §IV.2-3: the laws of each country it
 * does business in may apply): chosen one at a time with THE country picker, shown by name, removable.
 */
export function OperatingCountriesField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange(codes: string[]): void;
  error?: string;
}) {
  const { t, country } = useI18n();
  return (
    <Stack gap={4}>
      <CountryPicker
        label={t("crm.operatingCountries")}
        description={t("crm.operatingCountriesAdd")}
        value={null}
        onChange={(code) => {
          if (code && !value.includes(code)) {
            onChange([...value, code]);
          }
        }}
        error={error}
      />
      {value.length > 0 && (
        <Group gap={6} data-testid="operating-countries">
          {value.map((code) => (
            <Pill key={code}>
              <Group gap={2} wrap="nowrap">
                <Text size="xs">{country(code)}</Text>
                <CloseButton
                  size="xs"
                  aria-label={t("crm.operatingCountriesRemove", { name: country(code) })}
                  onClick={() => onChange(value.filter((c) => c !== code))}
                />
              </Group>
            </Pill>
          ))}
        </Group>
      )}
    </Stack>
  );
}
