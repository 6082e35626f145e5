import { Button, Code, Group, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import type { TVisitorDetail } from "@renkei/contract";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { visitorsApi } from "./api";
import { DeclarationFields } from "./declaration-fields";
import { type DeclarationForm, fromDeclaration, toDeclaration } from "./declaration-form";
import { useVisitorMutation } from "./queries";

/** The declared facts, every earlier version, and the form to report a change (which re-opens review). */
export function FactsSection({ v }: { v: TVisitorDetail }) {
  const { t, dateTime } = useI18n();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<DeclarationForm>(() => fromDeclaration(v.declaration));
  const [note, setNote] = useState("");
  const save = useVisitorMutation(() =>
    visitorsApi.updateFacts(v.id, { version: v.version, declaration: toDeclaration(form), note }),
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("visitors.declarations")}
          </Title>
          {v.canUpdate && !editing && (
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                setForm(fromDeclaration(v.declaration));
                setEditing(true);
              }}
            >
              {t("visitors.changeFacts")}
            </Button>
          )}
        </Group>
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("visitors.declarationVersionShort")}</Table.Th>
              <Table.Th>{t("visitors.declaredBy")}</Table.Th>
              <Table.Th>{t("visitors.facts")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {v.declarations.map((d) => (
              <Table.Tr key={d.version}>
                <Table.Td>{d.version}</Table.Td>
                <Table.Td>
                  {d.declaredByName}
                  <Text size="xs" c="dimmed">
                    {dateTime(d.declaredAt)}
                  </Text>
                  {d.note && <Text size="xs">{d.note}</Text>}
                </Table.Td>
                <Table.Td>
                  <Code block fz="xs">
                    {JSON.stringify(d.facts, null, 1)}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editing && (
          <Stack p="sm" bg="gray.0">
            <Text size="sm">{t("visitors.changeFactsHelp")}</Text>
            {save.error ? <ErrorAlert error={save.error} /> : null}
            <DeclarationFields value={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
            <Textarea
              label={t("visitors.changeNote")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <Button
                loading={save.isPending}
                onClick={() => save.mutate(undefined, { onSuccess: () => setEditing(false) })}
              >
                {t("visitors.saveFacts")}
              </Button>
              <Button variant="default" onClick={() => setEditing(false)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
