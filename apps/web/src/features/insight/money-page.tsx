import { Button, Group, Modal, Stack, Table, Tabs, Text } from "@mantine/core";
import { SURVEY_KIND_LABELS, SURVEY_PARTNER_TYPE_LABELS } from "@renkei/domain";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { insightApi } from "./api";
import { FySelect, useFigureFormat } from "./fy-select";
import { AgreementForm, ReceiptForm } from "./money-forms";
import { currentFiscalYear, useAgreements, useInsightMutation, useReceipts } from "./queries";

/** 契約・受入額: agreements and money, coded for the MEXT survey when they are entered (issue 16 §1). */
export function MoneyPage() {
  const { t } = useI18n();
  const can = useCan();
  const [form, setForm] = useState<"agreement" | "receipt" | null>(null);
  return (
    <Stack>
      <PageTitle
        title={t("insight.money.title")}
        description={t("insight.money.help")}
        actions={
          can("insight.record") && (
            <Group>
              <Button onClick={() => setForm("agreement")}>{t("insight.agreement.new")}</Button>
              <Button onClick={() => setForm("receipt")}>{t("insight.receipt.new")}</Button>
            </Group>
          )
        }
      />
      <Tabs defaultValue="receipts">
        <Tabs.List>
          <Tabs.Tab value="receipts">{t("insight.receipts")}</Tabs.Tab>
          <Tabs.Tab value="agreements">{t("insight.agreements")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="receipts" pt="md">
          <Receipts />
        </Tabs.Panel>
        <Tabs.Panel value="agreements" pt="md">
          <Agreements />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        title={form === "agreement" ? t("insight.agreement.new") : t("insight.receipt.new")}
        size="lg"
      >
        {form === "agreement" && <AgreementForm onDone={() => setForm(null)} />}
        {form === "receipt" && <ReceiptForm onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}

function DeleteButton({ onConfirm }: { onConfirm(): Promise<unknown> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const del = useInsightMutation(onConfirm);
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={() => setOpen(true)}>
        {t("insight.delete")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("insight.delete")}>
        <Stack>
          <Text>{t("insight.deleteConfirm")}</Text>
          {del.isError && <ErrorAlert error={del.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() => del.mutate(undefined, { onSuccess: () => setOpen(false) })}
            >
              {t("insight.delete")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Receipts() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const [fy, setFy] = useState(currentFiscalYear());
  const list = useReceipts(fy);
  const format = useFigureFormat();
  return (
    <Stack>
      <FySelect value={fy} onChange={setFy} />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insight.col.date")}</Table.Th>
              <Table.Th>{t("insight.col.kind")}</Table.Th>
              <Table.Th>{t("insight.col.title")}</Table.Th>
              <Table.Th>{t("insight.col.partnerType")}</Table.Th>
              <Table.Th ta="right">{t("insight.field.direct")}</Table.Th>
              <Table.Th ta="right">{t("insight.field.indirect")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{date(r.receivedOn)}</Table.Td>
                <Table.Td>{label(SURVEY_KIND_LABELS[r.kind])}</Table.Td>
                <Table.Td>{r.agreementTitle ?? r.partnerName ?? r.note}</Table.Td>
                <Table.Td>{label(SURVEY_PARTNER_TYPE_LABELS[r.partnerType])}</Table.Td>
                <Table.Td ta="right">{format(r.direct, "yen")}</Table.Td>
                <Table.Td ta="right">{format(r.indirect, "yen")}</Table.Td>
                <Table.Td>
                  {can("insight.record") && <DeleteButton onConfirm={() => insightApi.deleteReceipt(r.id)} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Agreements() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const list = useAgreements();
  const format = useFigureFormat();
  if (list.isPending) {
    return <Loading />;
  }
  if (list.isError) {
    return <ErrorAlert error={list.error} />;
  }
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("insight.field.title")}</Table.Th>
          <Table.Th>{t("insight.col.kind")}</Table.Th>
          <Table.Th>{t("insight.col.partner")}</Table.Th>
          <Table.Th>{t("insight.col.partnerType")}</Table.Th>
          <Table.Th>{t("insight.field.startOn")}</Table.Th>
          <Table.Th ta="right">{t("insight.received")}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.data.items.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.title}</Table.Td>
            <Table.Td>{label(SURVEY_KIND_LABELS[a.kind])}</Table.Td>
            <Table.Td>{a.partnerName ?? ""}</Table.Td>
            <Table.Td>{label(SURVEY_PARTNER_TYPE_LABELS[a.partnerType])}</Table.Td>
            <Table.Td>{date(a.startOn)}</Table.Td>
            <Table.Td ta="right">{format(a.received, "yen")}</Table.Td>
            <Table.Td>
              {can("insight.record") && a.received === 0 && (
                <DeleteButton onConfirm={() => insightApi.deleteAgreement(a.id)} />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
