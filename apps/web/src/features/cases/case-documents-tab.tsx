import { Anchor, Button, FileInput, Group, NativeSelect, Table, Text } from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { AppliedPolicy } from "../policies/applied-policy";
import { secretsApi } from "../secrets/api";
import { LevelBadge, useSecretScheme } from "../secrets/level-badge";
import { casesApi } from "./api";
import { useCaseMutation } from "./queries";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

const CATEGORIES = ["nda", "contract", "minutes", "report", "quotation", "correspondence", "other"] as const;
type Category = (typeof CATEGORIES)[number];

function size(bytes: number): string {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Documents of the case (contracts, NDAs, minutes, reports); each download is logged. */
export function CaseDocumentsTab({ c }: { c: TCaseDetail }) {
  const { t, dateTime } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<Category>("other");
  // Every document becomes an item of the confidential register; 秘 unless chosen (issue 12).
  const [level, setLevel] = useState(1);
  const scheme = useSecretScheme();
  const { label } = useI18n();
  const upload = useCaseMutation(c.id, ({ f, cat }: { f: File; cat: string }) =>
    casesApi.upload(c.id, f, cat, level),
  );
  return (
    <SectionCard c={c} section="collaboration" title={t("case.tab.documents")}>
      {canChange(c, "collaboration", "collaborate") && (
        <Group align="flex-end">
          <FileInput label={t("case.documents.file")} value={file} onChange={setFile} miw={260} clearable />
          <NativeSelect
            label={t("case.documents.category")}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as Category)}
            data={CATEGORIES.map((k) => ({ value: k, label: t(`case.documents.category.${k}`) }))}
          />
          <NativeSelect
            label={t("case.documents.level")}
            value={String(level)}
            onChange={(e) => setLevel(Number(e.currentTarget.value))}
            data={scheme.levels.map((l) => ({ value: String(l.level), label: label(l.name) }))}
          />
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() =>
              file && upload.mutate({ f: file, cat: category }, { onSuccess: () => setFile(null) })
            }
          >
            {t("case.documents.upload")}
          </Button>
        </Group>
      )}
      <RefusedAlert error={upload.error} />
      <AppliedPolicy decision="case" only="confidential_information" on="today" />
      <Anchor href={secretsApi.pdfUrl({ caseId: c.id })} size="sm">
        {t("case.documents.register")}
      </Anchor>
      {c.secretsHidden.documents > 0 && (
        <Text size="sm" c="dimmed">
          {t("case.documents.hidden", { n: c.secretsHidden.documents })}
        </Text>
      )}
      {c.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("case.documents.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {c.documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {d.access === "ended" ? (
                    <>
                      {d.fileName}{" "}
                      <Text span size="sm" c="dimmed">
                        {t("case.documents.ended")}
                      </Text>
                    </>
                  ) : d.access === "allow" ? (
                    <Anchor href={casesApi.documentUrl(c.id, d.id)}>{d.fileName}</Anchor>
                  ) : (
                    <>
                      {d.fileName}{" "}
                      <Anchor href={casesApi.documentViewUrl(c.id, d.id)} target="_blank" rel="noopener">
                        {t("case.documents.view")}
                      </Anchor>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <LevelBadge level={d.level} />
                </Table.Td>
                <Table.Td>{t(`case.documents.category.${d.category as Category}`)}</Table.Td>
                <Table.Td>{size(d.sizeBytes)}</Table.Td>
                <Table.Td>
                  {d.uploadedBy?.displayName} ・ {dateTime(d.uploadedAt)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
