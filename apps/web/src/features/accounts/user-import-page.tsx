import { Alert, Button, Checkbox, FileInput, Group, Paper, Stack, Table, Text } from "@mantine/core";
import type { TUserImportReport } from "@renkei/contract";
import { ROLE_LABELS } from "@renkei/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { accountsApi } from "./api";

/** 管理 > 利用者 > 一括登録: preview first; the commit writes every row or none. */
export function UserImportPage() {
  const { t, msg, label, listSep } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [invite, setInvite] = useState(true);
  const [report, setReport] = useState<TUserImportReport | null>(null);
  const run = useMutation({
    mutationFn: (mode: "preview" | "commit") => accountsApi.importUsers(file as File, mode, invite),
    onSuccess: setReport,
    onError: (e) => {
      const failed = isApiError(e) ? (e.details?.report as TUserImportReport | undefined) : undefined;
      setReport(failed ?? null);
    },
  });
  const missing = isApiError(run.error) ? (run.error.details?.missing as string[] | undefined) : undefined;
  const field = (f: string) => t(`admin.import.field.${f}` as MessageKey);
  return (
    <Stack>
      <PageTitle title={t("admin.import.title")} description={t("admin.import.help")} />
      <Paper withBorder p="md">
        <Stack>
          <FileInput
            label={t("admin.import.file")}
            accept=".csv,.xlsx,text/csv"
            value={file}
            onChange={(f) => {
              setFile(f);
              setReport(null);
              run.reset();
            }}
          />
          <Checkbox
            label={t("admin.users.invite")}
            checked={invite}
            onChange={(e) => setInvite(e.currentTarget.checked)}
          />
          <Group>
            <Button
              variant="default"
              disabled={!file}
              loading={run.isPending}
              onClick={() => run.mutate("preview")}
            >
              {t("admin.import.preview")}
            </Button>
            {report?.mode === "preview" && report.errors.length === 0 && report.valid > 0 && (
              <Button onClick={() => run.mutate("commit")} loading={run.isPending}>
                {t("admin.import.commit", { n: report.valid })}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      {missing ? (
        <Alert color="red">{t("admin.import.missing", { cols: missing.map(field).join(listSep) })}</Alert>
      ) : run.error ? (
        <ErrorAlert error={run.error} />
      ) : null}
      {report?.mode === "commit" && report.created > 0 && (
        <Alert color="green" role="status">
          {t("admin.import.done", { n: report.created })}
        </Alert>
      )}
      {report && report.errors.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">
            {t("admin.import.errors")}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("admin.import.row")}</Table.Th>
                <Table.Th>{t("admin.import.field")}</Table.Th>
                <Table.Th>{t("admin.import.problem")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.field}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{field(e.field)}</Table.Td>
                  <Table.Td>{msg(e.message)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {report && report.mode === "preview" && report.preview.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">
            {t("admin.import.valid", { n: report.valid })}
          </Text>
          <Table>
            <Table.Tbody>
              {report.preview.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.displayName}</Table.Td>
                  <Table.Td>{r.email}</Table.Td>
                  <Table.Td>{label(ROLE_LABELS[r.role])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
