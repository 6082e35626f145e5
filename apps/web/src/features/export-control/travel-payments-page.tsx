import { Alert, Badge, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { TPaymentReconciliation } from "@renkei/contract";
import { PAYMENT_COLUMNS } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";

// Travel-payment reconciliation (issue 15 item 7, O4): the finance system's overseas-travel payments
// beside the trip clearances; payments without one are listed first for follow-up.

type Payment = TPaymentReconciliation["payments"][number];
const KEY = ["export-control", "travel-payments"] as const;
const STATUS_COLOR: Record<Payment["status"], string> = {
  cleared: "green",
  no_trip: "red",
  not_cleared: "orange",
  mismatch: "orange",
};

function ImportForm() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (f: File) =>
      api.post<{ importId: string; rows: number }>("/export-control/travel-payments/import", {
        fileName: f.name,
        csv: await f.text(),
      }),
    onSuccess: () => {
      setFile(null);
      void qc.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3}>{t("ec.pay.import")}</Title>
        <Text size="sm" c="dimmed">
          {t("ec.pay.importHelp", { columns: PAYMENT_COLUMNS.join(", ") })}
        </Text>
        <Group align="flex-end">
          <FileInput
            label={t("ec.pay.file")}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            clearable
            w={360}
          />
          <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
            {t("ec.pay.upload")}
          </Button>
        </Group>
        {upload.isError && <ErrorAlert error={upload.error} />}
        {upload.data && (
          <Alert color="green" role="status">
            {t("ec.pay.imported", { n: upload.data.rows })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** 旅費支払と出張の許可の突合: payments without a clearance first. */
export function TravelPaymentsPage() {
  const { t, date, country } = useI18n();
  const can = useCan();
  const data = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<TPaymentReconciliation>("/export-control/travel-payments"),
  });
  const rows = [...(data.data?.payments ?? [])].sort(
    (a, b) => Number(a.status === "cleared") - Number(b.status === "cleared"),
  );
  return (
    <Stack maw={1100}>
      <PageTitle title={t("ec.pay.title")} description={t("ec.pay.help")} />
      {can("ec.payments.import") && <ImportForm />}
      {data.isPending && <Loading />}
      {data.isError && <ErrorAlert error={data.error} />}
      {data.data && (
        <Alert color={data.data.withoutClearance > 0 ? "orange" : "green"} data-testid="payments-summary">
          {t("ec.pay.summary", { n: data.data.payments.length, missing: data.data.withoutClearance })}
        </Alert>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="travel-payments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("ec.pay.ref")}</Table.Th>
                <Table.Th>{t("ec.pay.traveller")}</Table.Th>
                <Table.Th>{t("ec.pay.destination")}</Table.Th>
                <Table.Th>{t("ec.pay.period")}</Table.Th>
                <Table.Th ta="right">{t("ec.pay.amount")}</Table.Th>
                <Table.Th>{t("ec.pay.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.paymentRef}>
                  <Table.Td>{p.paymentRef}</Table.Td>
                  <Table.Td>{p.travellerName || p.travellerEmail}</Table.Td>
                  <Table.Td>{country(p.destinationCountry)}</Table.Td>
                  <Table.Td>
                    {date(p.departOn)} – {date(p.returnOn)}
                  </Table.Td>
                  <Table.Td ta="right">{p.amountYen.toLocaleString()}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[p.status]} variant="light">
                      {t(`ec.pay.status.${p.status}`)}
                    </Badge>
                    {p.clearanceRef && <Text size="xs">{p.clearanceRef}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
