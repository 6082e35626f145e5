import { Alert, Badge, Button, Card, Group, Select, Stack, Textarea, TextInput, Title } from "@mantine/core";
import type { TClearanceView } from "@renkei/contract";
import { SECURITY_CLEARANCE_SCHEMES, type SecurityClearanceScheme } from "@renkei/domain";
import { useState } from "react";
import { isApiError } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useUsers } from "../partners/queries";
import { clearanceApi, useClearanceMutation, useClearances } from "./api";

const STATE_COLOR = { current: "green", lapsed: "gray", revoked: "red" } as const;

const EMPTY = {
  subjectUserId: null as string | null,
  scheme: "economic_security" as SecurityClearanceScheme,
  purpose: "",
  assessedOn: "",
  validUntil: "",
  assessingBody: "",
  notes: "",
};

/** Records one assessment with the purpose it is kept for (J9: purpose-limited). */
function ClearanceForm() {
  const { t } = useI18n();
  const users = useUsers();
  const [v, setV] = useState(EMPTY);
  const create = useClearanceMutation(() => clearanceApi.create(v));
  const ready = v.subjectUserId && v.purpose.trim() && v.assessedOn && v.validUntil;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t("clr.new")}
      </Title>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Select
            label={t("clr.subject")}
            data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            value={v.subjectUserId}
            onChange={(subjectUserId) => setV({ ...v, subjectUserId })}
            searchable
            required
          />
          <Select
            label={t("clr.scheme")}
            data={SECURITY_CLEARANCE_SCHEMES.map((s) => ({ value: s, label: t(`clr.scheme.${s}`) }))}
            value={v.scheme}
            onChange={(s) => s && setV({ ...v, scheme: s as SecurityClearanceScheme })}
            allowDeselect={false}
          />
        </Group>
        <TextInput
          label={t("clr.purpose")}
          required
          maxLength={500}
          value={v.purpose}
          onChange={(e) => setV({ ...v, purpose: e.currentTarget.value })}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t("clr.assessedOn")}
            required
            value={v.assessedOn}
            onChange={(e) => setV({ ...v, assessedOn: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t("clr.validUntil")}
            required
            value={v.validUntil}
            onChange={(e) => setV({ ...v, validUntil: e.currentTarget.value })}
          />
          <TextInput
            label={t("clr.assessingBody")}
            maxLength={200}
            value={v.assessingBody}
            onChange={(e) => setV({ ...v, assessingBody: e.currentTarget.value })}
          />
        </Group>
        <Textarea
          label={t("clr.notes")}
          maxLength={2000}
          autosize
          value={v.notes}
          onChange={(e) => setV({ ...v, notes: e.currentTarget.value })}
        />
        <Group>
          <Button
            disabled={!ready}
            loading={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: () => setV(EMPTY) })}
          >
            {t("clr.record")}
          </Button>
        </Group>
        {create.isError && <ErrorAlert error={create.error} />}
      </Stack>
    </Card>
  );
}

function EndRecord({ r }: { r: TClearanceView }) {
  const { t } = useI18n();
  const revoke = useClearanceMutation(() => clearanceApi.revoke(r.id, r.version));
  return (
    <>
      <ConfirmButton
        size="xs"
        variant="light"
        color="red"
        loading={revoke.isPending}
        title={t("clr.endTitle")}
        message={t("clr.endMessage", { name: r.subjectName })}
        onConfirm={() => revoke.mutate(undefined)}
      >
        {t("clr.end")}
      </ConfirmButton>
      {revoke.isError && <ErrorAlert error={revoke.error} />}
    </>
  );
}

/** The register itself: open only to a designated officer (the server answers 404 to anyone else). */
export function ClearancePage() {
  const { t, date } = useI18n();
  const list = useClearances();
  if (list.isPending) {
    return <Loading />;
  }
  if (list.error) {
    const notKeeper = isApiError(list.error) && list.error.status === 404;
    return (
      <Stack>
        <PageTitle title={t("clr.title")} />
        {notKeeper ? (
          <Alert color="yellow">{t("clr.notDesignated")}</Alert>
        ) : (
          <ErrorAlert error={list.error} />
        )}
      </Stack>
    );
  }
  return (
    <Stack>
      <PageTitle title={t("clr.title")} description={t("clr.help")} />
      <DataTable<TClearanceView>
        rows={list.data.items}
        rowKey={(r) => r.id}
        fileName="security-clearances"
        testId="clearance-table"
        columns={[
          { key: "subject", header: t("clr.subject"), value: (r) => r.subjectName },
          { key: "scheme", header: t("clr.scheme"), value: (r) => t(`clr.scheme.${r.scheme}`), filter: true },
          { key: "purpose", header: t("clr.purpose"), value: (r) => r.purpose },
          {
            key: "assessed",
            header: t("clr.assessedOn"),
            value: (r) => date(r.assessedOn),
            sortValue: (r) => r.assessedOn,
            width: 120,
          },
          {
            key: "until",
            header: t("clr.validUntil"),
            value: (r) => date(r.validUntil),
            sortValue: (r) => r.validUntil,
            width: 120,
          },
          {
            key: "state",
            header: t("clr.state"),
            value: (r) => t(`clr.state.${r.state}`),
            render: (r) => (
              <Badge color={STATE_COLOR[r.state]} variant="light">
                {t(`clr.state.${r.state}`)}
              </Badge>
            ),
            filter: true,
            width: 100,
          },
          {
            key: "action",
            header: "",
            value: () => "",
            render: (r) => (r.state === "revoked" ? null : <EndRecord r={r} />),
          },
        ]}
      />
      <ClearanceForm />
    </Stack>
  );
}
