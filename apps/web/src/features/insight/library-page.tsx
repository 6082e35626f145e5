import { Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import type { TCaseBoard, TLibraryEntry } from "@renkei/contract";
import { CASE_KIND_LABELS, EMERGING_TECH_LABELS, PARTNER_TYPE_LABELS } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { sharingApi } from "./api";

/** The anonymised risk case library (issue 16 §7): search every institution's released cases; prepare and release one's own. */
export function LibraryPage() {
  const { t } = useI18n();
  const can = useCan();
  const [q, setQ] = useState("");
  const entries = useQuery({
    queryKey: ["library", q],
    queryFn: () => sharingApi.library(q.trim() ? { q } : {}),
  });
  const manages = can("library.prepare") || can("library.release");
  return (
    <Stack maw={1100}>
      <PageTitle title={t("library.title")} description={t("library.help")} />
      <TextInput
        label={t("library.search")}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
      />
      {entries.isPending && <Loading />}
      {entries.isError && <ErrorAlert error={entries.error} />}
      {entries.data?.items.length === 0 && <Text>{t("library.empty")}</Text>}
      {entries.data?.items.map((e) => (
        <EntryCard key={e.id} entry={e} />
      ))}
      {can("library.prepare") && <PrepareForm />}
      {manages && <OwnEntries />}
    </Stack>
  );
}

function EntryCard({ entry, children }: { entry: TLibraryEntry; children?: React.ReactNode }) {
  const { t, label } = useI18n();
  return (
    <Card withBorder data-testid="library-entry">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{label(CASE_KIND_LABELS[entry.kind])}</Badge>
          <Badge variant="outline">{label(PARTNER_TYPE_LABELS[entry.partnerType])}</Badge>
          <Badge variant="outline">{t(`library.region.${entry.region}` as MessageKey)}</Badge>
          <Badge variant="outline">{t(`library.band.${entry.amountBand}` as MessageKey)}</Badge>
          <Badge variant="outline">{entry.year}</Badge>
          <Badge color={entry.outcome === "declined" ? "red" : "gray"}>
            {t(`library.outcome.${entry.outcome}` as MessageKey)}
          </Badge>
          {entry.riskFlags.map((f) => (
            <Badge key={f} color="orange" variant="light">
              {label(EMERGING_TECH_LABELS[f])}
            </Badge>
          ))}
        </Group>
        <Text fw={600}>{t("library.lessons")}</Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{entry.lessons}</Text>
        {children}
      </Stack>
    </Card>
  );
}

function PrepareForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [caseId, setCaseId] = useState<string | null>(null);
  const [lessons, setLessons] = useState("");
  const board = useQuery({
    queryKey: ["library", "cases", search],
    queryFn: () => api.get<TCaseBoard>("/cases", { q: search, perStage: 5 }),
  });
  const options = (board.data?.columns ?? [])
    .flatMap((c) => c.items)
    .map((c) => ({ value: c.id, label: `${c.ref} ${c.title}` }));
  const save = useMutation({
    mutationFn: () => sharingApi.prepare(caseId ?? "", lessons),
    onSuccess: () => {
      setLessons("");
      return queryClient.invalidateQueries({ queryKey: ["library"] });
    },
  });
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t("library.prepare")}</Title>
        <Text size="sm" c="dimmed">
          {t("library.prepareHelp")}
        </Text>
        <Select
          label={t("library.case")}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={caseId}
          onChange={setCaseId}
          filter={({ options: o }) => o}
        />
        <Textarea
          label={t("library.lessons")}
          value={lessons}
          onChange={(e) => setLessons(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={4000}
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Group>
          <Button
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!caseId || !lessons.trim()}
          >
            {t("library.save")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function OwnEntries() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mine = useQuery({ queryKey: ["library", "mine"], queryFn: sharingApi.libraryMine });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: "release" | "withdraw" }) =>
      action === "release" ? sharingApi.release(id) : sharingApi.withdraw(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["library"] }),
  });
  if (!mine.data?.items.length) {
    return null;
  }
  return (
    <Stack>
      <Title order={2}>{t("library.mine")}</Title>
      {act.isError && <ErrorAlert error={act.error} />}
      {mine.data.items.map((e) => (
        <EntryCard key={e.id} entry={e}>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {e.sourceCaseRef} · {t("library.preparedBy", { name: e.preparedBy })} ·{" "}
              {t(`library.status.${e.status}` as MessageKey)}
            </Text>
            <Group>
              {e.mayRelease && (
                <Button
                  size="xs"
                  onClick={() => act.mutate({ id: e.id, action: "release" })}
                  loading={act.isPending}
                >
                  {t("library.release")}
                </Button>
              )}
              {e.status !== "withdrawn" && (
                <ConfirmButton
                  size="xs"
                  color="red"
                  variant="light"
                  title={t("library.withdrawConfirm")}
                  onConfirm={() => act.mutate({ id: e.id, action: "withdraw" })}
                >
                  {t("library.withdraw")}
                </ConfirmButton>
              )}
            </Group>
          </Group>
        </EntryCard>
      ))}
    </Stack>
  );
}
