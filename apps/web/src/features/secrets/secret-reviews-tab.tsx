import { Anchor, Badge, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { useDepartments } from "../cases/queries";
import { type SecretReview, secretsApi } from "./api";

/**
 * The yearly inventory review of each responsible person (issue 12 item 9, H12/O5): the housekeeping job
 * opens one per person and fiscal year; the person records it as done (the officer sees every one).
 */
export function SecretReviewsTab() {
  const { t } = useI18n();
  const reviews = useQuery({ queryKey: ["secrets", "reviews"], queryFn: () => secretsApi.reviews() });
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t("secrets.reviews.help")}
      </Text>
      {reviews.isPending ? (
        <Loading />
      ) : reviews.isError ? (
        <ErrorAlert error={reviews.error} />
      ) : reviews.data.items.length === 0 ? (
        <Text c="dimmed">{t("secrets.reviews.empty")}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("secrets.reviews.responsible")}</Table.Th>
              <Table.Th>{t("secrets.reviews.due")}</Table.Th>
              <Table.Th>{t("secrets.reviews.items")}</Table.Th>
              <Table.Th>{t("secrets.reviews.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.data.items.map((r) => (
              <ReviewRow key={r.id} r={r} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function ReviewRow({ r }: { r: SecretReview }) {
  const { t, date } = useI18n();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [note, setNote] = useState("");
  const complete = useMutation({
    mutationFn: () => secretsApi.completeReview(r.id, note),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["secrets", "reviews"] }),
  });
  const mine = r.responsible?.id === me.id;
  return (
    <Table.Tr>
      <Table.Td>
        {r.responsible?.name ?? "—"}
        <Text size="xs" c="dimmed">
          {t("secrets.reviews.year", { year: r.year })}
        </Text>
      </Table.Td>
      <Table.Td>{date(r.dueOn)}</Table.Td>
      <Table.Td>
        {r.itemCount}{" "}
        {r.responsible && (
          <Anchor component={Link} to={`/secrets?responsibleUserId=${r.responsible.id}`} size="sm">
            {t("secrets.reviews.openItems")}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        {r.completedOn ? (
          <>
            <Badge color="green">{t("secrets.reviews.done", { date: date(r.completedOn) })}</Badge>
            {r.note && <Text size="sm">{r.note}</Text>}
          </>
        ) : mine ? (
          <Stack gap="xs">
            <TextInput
              label={t("secrets.reviews.note")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <ConfirmButton
                size="xs"
                color="blue"
                title={t("secrets.reviews.completeQuestion")}
                loading={complete.isPending}
                onConfirm={() => complete.mutate()}
              >
                {t("secrets.reviews.complete")}
              </ConfirmButton>
            </Group>
            {complete.error ? <ErrorAlert error={complete.error} /> : null}
          </Stack>
        ) : (
          <Badge color="yellow">{t("secrets.reviews.open")}</Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The printable register per lab (and for all one may see); per case from the case's Documents tab (H13). */
export function SecretPrintTab() {
  const { t, label } = useI18n();
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState("");
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text size="sm" c="dimmed">
          {t("secrets.print.help")}
        </Text>
        <Group align="flex-end">
          <NativeSelect
            label={t("secrets.print.department")}
            value={departmentId}
            onChange={(e) => setDepartmentId(e.currentTarget.value)}
            data={[
              { value: "", label: t("secrets.print.choose") },
              ...(departments.data?.items ?? []).map((d) => ({
                value: d.id,
                label: label({ ja: d.nameJa, en: d.nameEn }),
              })),
            ]}
          />
          {departmentId && (
            <Anchor href={secretsApi.pdfUrl({ departmentId })}>{t("secrets.print.byDepartment")}</Anchor>
          )}
        </Group>
        <Anchor href={secretsApi.pdfUrl()}>{t("secrets.print.all")}</Anchor>
      </Stack>
    </Paper>
  );
}
