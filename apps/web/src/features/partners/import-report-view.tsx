import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { TImportReport } from "@renkei/contract";
import { PARTNER_TYPE_LABELS, type PartnerType } from "@renkei/domain";
import { Link } from "react-router-dom";
import { type MessageKey, useI18n } from "../../lib/i18n";

/** Import columns that have a form label (`field.<key>`); other names are shown as sent. */
const FIELD_KEYS: Record<string, true> = Object.fromEntries(
  [
    "legalName",
    "nameEn",
    "nameRomanized",
    "aliases",
    "type",
    "country",
    "corporateNumber",
    "parentName",
    "controllingOwner",
    "foreignGovControl",
    "stateOwned",
    "japanPresence",
    "website",
    "notes",
  ].map((k) => [k, true]),
);

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** The import report: counts, row errors, possible duplicates and the rows that would be created. */
export function ImportReportView({ report }: { report: TImportReport }) {
  const { t, msg, country, label } = useI18n();
  const typeLabel = (type: string) =>
    type in PARTNER_TYPE_LABELS ? label(PARTNER_TYPE_LABELS[type as PartnerType]) : type;
  const fieldLabel = (field: string) => {
    const key = `field.${field}` as MessageKey;
    return field in FIELD_KEYS ? t(key) : field;
  };
  const errorRows = new Set(report.errors.map((e) => e.row));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label={t("import.rows")} value={report.rows} />
        <Stat label={t("import.valid")} value={report.valid} color="green" />
        <Stat
          label={t("import.errors")}
          value={report.errors.length}
          color={report.errors.length ? "red" : undefined}
        />
        <Stat
          label={t("import.duplicates")}
          value={report.duplicates.length}
          color={report.duplicates.length ? "yellow.8" : undefined}
        />
      </SimpleGrid>
      {report.errors.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs" c="red">
            {t("import.errors")}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("import.row")}</Table.Th>
                <Table.Th>{t("import.field")}</Table.Th>
                <Table.Th>{t("import.message")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.field}-${e.message}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{fieldLabel(e.field)}</Table.Td>
                  <Table.Td>{msg(e.message)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {report.duplicates.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t("dup.title")}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("import.row")}</Table.Th>
                <Table.Th>{t("import.candidate")}</Table.Th>
                <Table.Th>{t("dup.score")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.duplicates.map((d) => (
                <Table.Tr key={`${d.row}-${d.candidateId}`}>
                  <Table.Td>{d.row}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/partners/${d.candidateId}`} target="_blank">
                      {d.candidateName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{Math.round(d.score * 100)}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {report.preview.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t("import.previewTitle")}
          </Title>
          <Table.ScrollContainer minWidth={560} maxHeight={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("import.row")}</Table.Th>
                  <Table.Th>{t("field.legalName")}</Table.Th>
                  <Table.Th>{t("field.country")}</Table.Th>
                  <Table.Th>{t("field.type")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.preview.map((r) => (
                  <Table.Tr key={r.row} bg={errorRows.has(r.row) ? "red.0" : undefined}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.legalName}</Table.Td>
                    <Table.Td>{r.country ? `${country(r.country)} (${r.country})` : ""}</Table.Td>
                    <Table.Td>{typeLabel(r.type)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
