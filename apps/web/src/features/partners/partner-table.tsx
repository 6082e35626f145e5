import { Anchor, Table, Text } from "@mantine/core";
import type { TPartnerSummary } from "@renkei/contract";
import { PARTNER_TYPE_LABELS } from "@renkei/domain";
import { Link } from "react-router-dom";
import { RiskFlagBadges } from "../../components/ui/risk-flag-badges";
import { useI18n } from "../../lib/i18n";

/** One row per partner: names (Japanese first, English / romanised below), type, country, risk, updated. */
export function PartnerTable({ items }: { items: TPartnerSummary[] }) {
  const { t, label, country, date } = useI18n();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("field.legalName")}</Table.Th>
            <Table.Th>{t("field.type")}</Table.Th>
            <Table.Th>{t("field.country")}</Table.Th>
            <Table.Th>{t("field.riskFlags")}</Table.Th>
            <Table.Th>{t("field.updatedAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/partners/${p.id}`} fw={600}>
                  {p.legalName}
                </Anchor>
                {(p.nameEn || p.nameRomanized) && (
                  <Text size="xs" c="dimmed">
                    {[p.nameEn, p.nameRomanized].filter(Boolean).join(" / ")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{label(PARTNER_TYPE_LABELS[p.type])}</Table.Td>
              <Table.Td>
                {country(p.country)}
                <Text span size="xs" c="dimmed">
                  {" "}
                  ({p.country})
                </Text>
              </Table.Td>
              <Table.Td>
                <RiskFlagBadges flags={p.riskFlags} />
              </Table.Td>
              <Table.Td>{date(p.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
