import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { LIST_FORMATS, type TListSource } from "@renkei/contract";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import type { ListSourceForm } from "./api";
import { useFetchListSource, useListSources, useSaveListSource } from "./queries";

// Lists fetched on a schedule (issue 15 item 6): where each list comes from, how often, how the last
// fetch went. A failed fetch keeps the version in force; the officer sees the error here.

const STATUS_COLOR: Record<TListSource["lastStatus"], string> = {
  never: "gray",
  imported: "green",
  unchanged: "blue",
  failed: "red",
};

const EMPTY: ListSourceForm = {
  listName: "",
  format: "ofac",
  locations: [],
  intervalHours: 24,
  enabled: true,
};

function SourceForm({ editing, onDone }: { editing: TListSource | null; onDone: () => void }) {
  const { t } = useI18n();
  const save = useSaveListSource();
  const [form, setForm] = useState<ListSourceForm>(editing ? { ...editing } : EMPTY);
  const [locations, setLocations] = useState((editing?.locations ?? []).join("\n"));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      ...form,
      locations: locations
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== ""),
    };
    save.mutate({ id: editing?.id ?? null, body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={t("screening.sources.form")}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            required
            label={t("screening.sources.listName")}
            description={t("screening.sources.listNameHelp")}
            value={form.listName}
            onChange={(e) => setForm({ ...form, listName: e.currentTarget.value })}
          />
          <Select
            label={t("screening.lists.format")}
            data={LIST_FORMATS.map((f) => ({ value: f, label: t(`screening.format.${f}`) }))}
            value={form.format}
            allowDeselect={false}
            onChange={(v) => v && setForm({ ...form, format: v as ListSourceForm["format"] })}
          />
        </Group>
        <Textarea
          required
          autosize
          minRows={2}
          label={t("screening.sources.locations")}
          description={t("screening.sources.locationsHelp")}
          value={locations}
          onChange={(e) => setLocations(e.currentTarget.value)}
        />
        <Group align="flex-end">
          <NumberInput
            label={t("screening.sources.interval")}
            min={1}
            max={8760}
            value={form.intervalHours}
            onChange={(v) => setForm({ ...form, intervalHours: Number(v) || 24 })}
          />
          <Switch
            label={t("screening.sources.enabled")}
            checked={form.enabled}
            onChange={(e) => setForm({ ...form, enabled: e.currentTarget.checked })}
          />
        </Group>
        {save.isError && <ErrorAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("screening.sources.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("screening.sources.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ListSourcesCard({ canManage }: { canManage: boolean }) {
  const { t, dateTime, paren } = useI18n();
  const sources = useListSources();
  const fetchNow = useFetchListSource();
  const [editing, setEditing] = useState<TListSource | "new" | null>(null);
  const items = sources.data ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t("screening.sources.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("screening.sources.help")}
        </Text>
        {sources.isError && <ErrorAlert error={sources.error} />}
        {sources.data && items.length === 0 && <Text c="dimmed">{t("screening.sources.empty")}</Text>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="list-sources">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("screening.sources.listName")}</Table.Th>
                  <Table.Th>{t("screening.sources.locations")}</Table.Th>
                  <Table.Th>{t("screening.sources.interval")}</Table.Th>
                  <Table.Th>{t("screening.sources.last")}</Table.Th>
                  <Table.Th>{t("screening.sources.inForce")}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {s.listName}
                      {!s.enabled && (
                        <Badge ml="xs" color="gray" variant="light">
                          {t("screening.sources.off")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {s.locations.map((l) => (
                        <Text key={l} size="xs" ff="monospace">
                          {l}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>{t("screening.sources.every", { n: s.intervalHours })}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[s.lastStatus]} variant="light">
                        {t(`screening.sources.status.${s.lastStatus}`)}
                      </Badge>
                      <Text size="xs">{dateTime(s.lastAttemptAt)}</Text>
                      {s.lastStatus === "failed" && (
                        <Text size="xs" c="red.8">
                          {s.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {s.versionInForce
                        ? `${t("screening.versions.seq")} ${s.versionInForce.seq}${paren(s.versionInForce.label)}`
                        : "—"}
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            loading={fetchNow.isPending && fetchNow.variables === s.id}
                            onClick={() => fetchNow.mutate(s.id)}
                          >
                            {t("screening.sources.fetchNow")}
                          </Button>
                          <Button size="xs" variant="subtle" onClick={() => setEditing(s)}>
                            {t("screening.sources.edit")}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {fetchNow.data && (
          <Alert color={STATUS_COLOR[fetchNow.data.status]} role="status">
            {t(`screening.sources.result.${fetchNow.data.status}`)}
          </Alert>
        )}
        {fetchNow.isError && <ErrorAlert error={fetchNow.error} />}
        {canManage && editing === null && (
          <Group>
            <Button variant="light" onClick={() => setEditing("new")}>
              {t("screening.sources.add")}
            </Button>
          </Group>
        )}
        {canManage && editing !== null && (
          <SourceForm
            key={editing === "new" ? "new" : editing.id}
            editing={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Stack>
    </Paper>
  );
}
