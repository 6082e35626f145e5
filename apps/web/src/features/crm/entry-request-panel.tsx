import { Anchor, CloseButton, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import type { TEntryRequest, TEntryRequestAction } from "@renkei/contract";
import { ENTRY_REQUEST_KIND_LABELS } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DetailList } from "../../components/ui/detail-list";
import { EntityPicker } from "../../components/ui/entity-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { crmApi } from "./api";
import { RequestStatusBadge } from "./crm-badges";
import { useCrmMutation } from "./queries";

/** One request: what was asked, by whom, and — for the office — taking it up, completing or declining it. */
export function EntryRequestPanel({ request: r, onClose }: { request: TEntryRequest; onClose(): void }) {
  const { t, label, date, dateTime, country, paren } = useI18n();
  const can = useCan();
  const finished = r.status === "done" || r.status === "declined";
  return (
    <Paper withBorder p="lg" data-testid="entry-request">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t("crm.req.detail")}: {r.organisationName}
        </Title>
        <Group gap="xs">
          <RequestStatusBadge status={r.status} />
          <CloseButton onClick={onClose} aria-label={t("confirm.cancel")} />
        </Group>
      </Group>
      <Stack>
        <DetailList
          items={[
            { label: t("crm.req.kind"), value: label(ENTRY_REQUEST_KIND_LABELS[r.kind]) },
            { label: t("crm.req.country"), value: r.country ? country(r.country) : "" },
            { label: t("crm.req.person"), value: r.personName ?? "" },
            { label: t("crm.req.partner"), value: r.partner?.label ?? "" },
            {
              label: t("crm.req.requester"),
              value: r.department
                ? `${r.requestedBy.label}${paren(label(r.department))}`
                : r.requestedBy.label,
            },
            { label: t("crm.req.filedOn"), value: dateTime(r.createdAt) },
            { label: t("crm.req.details"), value: r.details },
            { label: t("crm.req.note"), value: r.resolutionNote },
          ]}
        />
        {r.handledBy && (
          <Text size="sm" c="dimmed">
            {t("crm.req.handledBy", { name: r.handledBy.label, date: date(r.handledAt ?? r.createdAt) })}
          </Text>
        )}
        {!finished &&
          (can("crm.request_handle") ? (
            <OfficeActions request={r} />
          ) : (
            <Text size="sm">{t("crm.req.waiting")}</Text>
          ))}
      </Stack>
    </Paper>
  );
}

function OfficeActions({ request: r }: { request: TEntryRequest }) {
  const { t } = useI18n();
  // The record the office entered is the evidence that closes the request (a partner, or for a contact
  // the person); the request's own partner is only where the contact works, not proof of the entry.
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [missingLink, setMissingLink] = useState(false);
  const act = useCrmMutation((input: Omit<TEntryRequestAction, "version">) =>
    crmApi.actOnRequest(r.id, { ...input, version: r.version }),
  );
  return (
    <Stack gap="sm">
      {r.status === "open" && (
        <Group>
          <ConfirmButton
            variant="light"
            title={t("crm.req.startTitle")}
            message={t("crm.req.startMessage")}
            loading={act.isPending}
            onConfirm={() => act.mutate({ action: "start" })}
          >
            {t("crm.req.start")}
          </ConfirmButton>
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t("crm.req.linkHelp")}{" "}
        <Anchor component={Link} to="/partners/new" target="_blank">
          {t("crm.req.newPartner")}
        </Anchor>
      </Text>
      <Group grow align="flex-start">
        <EntityPicker
          kind="partner"
          label={t("crm.req.createdPartner")}
          value={partnerId}
          onChange={(id) => {
            setPartnerId(id);
            setMissingLink(false);
          }}
          error={missingLink ? t("crm.req.linkHelp") : undefined}
        />
        {r.kind === "contact" && (
          <EntityPicker
            kind="person"
            label={t("crm.req.createdPerson")}
            value={personId}
            onChange={(id) => {
              setPersonId(id);
              setMissingLink(false);
            }}
          />
        )}
      </Group>
      <Textarea
        label={t("crm.req.note")}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {act.error && <ErrorAlert error={act.error} />}
      <Group>
        <ConfirmButton
          title={t("crm.req.completeTitle")}
          message={t("crm.req.completeMessage")}
          loading={act.isPending}
          beforeOpen={() => {
            const linked = Boolean(partnerId || personId);
            setMissingLink(!linked);
            return linked;
          }}
          onConfirm={() =>
            act.mutate({ action: "complete", createdPartnerId: partnerId, createdPersonId: personId, note })
          }
        >
          {t("crm.req.complete")}
        </ConfirmButton>
        <ConfirmButton
          color="red"
          variant="light"
          title={t("crm.req.declineTitle")}
          message={t("crm.req.declineMessage")}
          reason={{ label: t("crm.req.declineReason"), required: true }}
          loading={act.isPending}
          onConfirm={(reason) => act.mutate({ action: "decline", note: reason })}
        >
          {t("crm.req.decline")}
        </ConfirmButton>
      </Group>
    </Stack>
  );
}
