import { Alert, Anchor, Badge, Group, List, Text } from "@mantine/core";
import type { TDuplicateCandidate } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";
import { reasonText } from "../../lib/reasons";

/** 「似ている連携先が登録済みです」: shown on the form before saving, each candidate linked with reasons. */
export function DuplicateWarning({ candidates }: { candidates: TDuplicateCandidate[] }) {
  const { t, country, locale } = useI18n();
  if (candidates.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" title={t("dup.title")} role="status" data-testid="duplicate-warning">
      <Text size="sm" mb="xs">
        {t("dup.help")}
      </Text>
      <List spacing="xs" size="sm">
        {candidates.map((c) => (
          <List.Item key={c.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor href={`/partners/${c.id}`} target="_blank" rel="noopener" fw={600}>
                {c.legalName}
              </Anchor>
              {c.nameEn && (
                <Text span size="sm">
                  {c.nameEn}
                </Text>
              )}
              <Text span size="xs" c="dimmed">
                {country(c.country)}
                {c.corporateNumber ? ` · ${t("field.corporateNumber")} ${c.corporateNumber}` : ""}
              </Text>
              <Badge size="xs" variant="outline" color="yellow">
                {t("dup.score")} {Math.round(c.score * 100)}%
              </Badge>
              <Text span size="xs" c="dimmed">
                {t("common.newTab")}
              </Text>
            </Group>
            {c.reasons.length > 0 && (
              <Text size="xs" c="dimmed">
                {c.reasons.map((r) => reasonText(locale, r)).join(" / ")}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
