import { Anchor, Button, FileInput, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { TEvidenceFile } from "@renkei/contract";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { exportControlApi } from "./api";
import { useEvidence } from "./queries";
import { RuleViolationAlert } from "./rule-violation-alert";

function size(bytes: number) {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Evidence files of a record: download for readers, upload / remove while the record can take them. */
export function EvidenceSection({
  owner,
  files,
  canWrite,
}: {
  owner: { classificationId: string } | { reviewId: string };
  files: TEvidenceFile[];
  canWrite: boolean;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { upload, remove } = useEvidence(owner);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");

  return (
    <Paper withBorder p="lg" component="section" aria-label={t("ec.evidence.title")}>
      <Title order={2} size="h4" mb={4}>
        {t("ec.evidence.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("ec.evidence.help")}
      </Text>
      {files.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("ec.evidence.empty")}
        </Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("ec.evidence.file")}</Table.Th>
              <Table.Th>{t("ec.evidence.note")}</Table.Th>
              <Table.Th>{t("ec.evidence.size")}</Table.Th>
              <Table.Th>{t("ec.evidence.uploadedBy")}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <Anchor href={exportControlApi.evidenceUrl(f.id)} download={f.fileName}>
                    {f.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{f.note}</Table.Td>
                <Table.Td>{size(f.sizeBytes)}</Table.Td>
                <Table.Td>
                  {f.uploadedBy.displayName}
                  <Text size="xs" c="dimmed">
                    {dateTime(f.uploadedAt)}
                  </Text>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables === f.id}
                      onClick={() => remove.mutate(f.id)}
                    >
                      {t("ec.evidence.remove")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <Stack mt="md" gap="xs">
          {(upload.error || remove.error) && <RuleViolationAlert error={upload.error ?? remove.error} />}
          <Group align="flex-end">
            <FileInput
              label={t("ec.evidence.file")}
              value={file}
              onChange={setFile}
              w={280}
              clearable
              accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.pptx,.txt,.csv,.eml"
            />
            <TextInput
              label={t("ec.evidence.note")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button
              disabled={!file}
              loading={upload.isPending}
              onClick={() =>
                file &&
                upload.mutate(
                  { file, note },
                  {
                    onSuccess: () => {
                      setFile(null);
                      setNote("");
                    },
                  },
                )
              }
            >
              {t("ec.evidence.upload")}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
