import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { LicenceApplicationStatus } from "@renkei/domain";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { AskDeskButton } from "../desk/ask-desk-button";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { RuleErrorAlert } from "../ec-shared/rule-error";
import { licencesApi, type TLicenceInput } from "./api";
import { ExpiryBadge } from "./expiry-badge";
import { LICENCE_STATUS_COLOR } from "./labels";
import { LicenceForm } from "./licence-form";
import { useLicence, useLicenceMutation } from "./queries";

const NEXT: Record<LicenceApplicationStatus, LicenceApplicationStatus[]> = {
  drafting: ["filed"],
  filed: ["granted", "refused"],
  granted: ["expired"],
  refused: [],
  expired: [],
};

export function LicenceDetailPage() {
  const { t, date, listSep, rangeSep } = useI18n();
  const { id = "" } = useParams();
  const can = useCan();
  const licence = useLicence(id);
  const [editing, setEditing] = useState(false);
  const [grant, setGrant] = useState({ metiNumber: "", validFrom: "", validUntil: "", filedOn: "" });
  const update = useLicenceMutation((input: TLicenceInput) =>
    licencesApi.update(id, licence.data?.version ?? 0, input),
  );
  const move = useLicenceMutation((to: LicenceApplicationStatus) =>
    licencesApi.transition(id, {
      to,
      version: licence.data?.version ?? 0,
      metiNumber: grant.metiNumber || null,
      filedOn: grant.filedOn || null,
      validFrom: grant.validFrom || null,
      validUntil: grant.validUntil || null,
    }),
  );
  if (licence.isPending) {
    return <Loading />;
  }
  if (licence.isError) {
    return <ErrorAlert error={licence.error} />;
  }
  const l = licence.data;
  const manage = can("licence.manage");
  const next = NEXT[l.status];
  return (
    <Stack>
      <Anchor component={Link} to="/licences" size="sm">
        ← {t("licences.title")}
      </Anchor>
      <PageTitle
        title={l.title}
        description={
          <Group gap="xs" component="span">
            <StatusBadge prefix="licences.status" status={l.status} color={LICENCE_STATUS_COLOR[l.status]} />
            <ExpiryBadge licence={l} />
          </Group>
        }
        actions={
          <>
            <AskDeskButton kind="licence" id={l.id} />
            {manage && !editing && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t("common.edit")}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="md">
        {editing ? (
          <LicenceForm
            initial={l}
            pending={update.isPending}
            error={update.error}
            onCancel={() => setEditing(false)}
            onSubmit={(input, setErrors) =>
              update.mutate(input, {
                onSuccess: () => setEditing(false),
                onError: (err) => setErrors(serverFieldErrors(err)),
              })
            }
          />
        ) : (
          <DetailList
            items={[
              { label: t("licences.metiNumber"), value: l.metiNumber },
              { label: t("licences.filedOn"), value: date(l.filedOn) },
              { label: t("licences.decidedOn"), value: date(l.decidedOn) },
              {
                label: t("licences.validity"),
                value: l.validUntil ? `${date(l.validFrom)}${rangeSep}${date(l.validUntil)}` : "",
              },
              { label: t("licences.conditions"), value: l.conditions },
              {
                label: t("licences.link"),
                value: l.linkRef ? `${t(`licences.linkKind.${l.linkKind}` as MessageKey)}: ${l.linkRef}` : "",
              },
              { label: t("licences.holder"), value: l.holderName },
              {
                label: t("licences.remindersSent"),
                value: l.remindersSent.map((d) => t("licences.daysBefore", { n: d })).join(listSep),
              },
              { label: t("licences.notes"), value: l.notes },
              { label: t("ec.retainUntil"), value: date(l.retainUntil) },
            ]}
          />
        )}
      </Paper>
      {manage && next.length > 0 && (
        <Paper withBorder p="md" bg="indigo.0">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("licences.changeStatus")}
            </Title>
            {move.error ? <RuleErrorAlert error={move.error} /> : null}
            {l.status === "drafting" && (
              <TextInput
                type="date"
                label={t("licences.filedOn")}
                value={grant.filedOn}
                onChange={(e) => setGrant((g) => ({ ...g, filedOn: e.currentTarget.value }))}
              />
            )}
            {l.status === "filed" && (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <TextInput
                  label={t("licences.metiNumber")}
                  value={grant.metiNumber}
                  onChange={(e) => setGrant((g) => ({ ...g, metiNumber: e.currentTarget.value }))}
                />
                <TextInput
                  type="date"
                  label={t("licences.validFrom")}
                  value={grant.validFrom}
                  onChange={(e) => setGrant((g) => ({ ...g, validFrom: e.currentTarget.value }))}
                />
                <TextInput
                  type="date"
                  label={t("licences.validUntil")}
                  value={grant.validUntil}
                  onChange={(e) => setGrant((g) => ({ ...g, validUntil: e.currentTarget.value }))}
                />
              </SimpleGrid>
            )}
            <Text size="sm" c="dimmed">
              {t(`licences.transitionHelp.${l.status}` as MessageKey)}
            </Text>
            <Group>
              {next.map((to) => (
                <Button
                  key={to}
                  color={to === "refused" || to === "expired" ? "red" : "green"}
                  loading={move.isPending}
                  onClick={() => move.mutate(to)}
                >
                  {t(`licences.to.${to}` as MessageKey)}
                </Button>
              ))}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
