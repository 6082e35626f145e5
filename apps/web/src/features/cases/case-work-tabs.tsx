import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { useUsers } from "../partners/queries";
import { casesApi } from "./api";
import { useCaseMutation } from "./queries";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

/** Comments on the case; members are notified in-app and by mail. */
export function CaseCommentsTab({ c }: { c: TCaseDetail }) {
  const { t, dateTime } = useI18n();
  const [body, setBody] = useState("");
  const post = useCaseMutation(c.id, (text: string) => casesApi.addComment(c.id, text));
  return (
    <SectionCard c={c} section="collaboration" title={t("case.tab.comments")}>
      {canChange(c, "collaboration", "collaborate") && (
        <Stack gap="xs">
          <Textarea
            aria-label={t("case.tab.comments")}
            placeholder={t("case.comments.placeholder")}
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <Group>
            <Button
              disabled={!body.trim()}
              loading={post.isPending}
              onClick={() => post.mutate(body, { onSuccess: () => setBody("") })}
            >
              {t("case.comments.post")}
            </Button>
          </Group>
          <RefusedAlert error={post.error} />
        </Stack>
      )}
      {c.comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("case.comments.empty")}
        </Text>
      )}
      {c.comments.map((m) => (
        <Paper key={m.id} withBorder p="xs" bg="gray.0">
          <Text size="xs" c="dimmed">
            {m.author?.displayName} ・ {dateTime(m.createdAt)}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {m.body}
          </Text>
        </Paper>
      ))}
    </SectionCard>
  );
}

/** Tasks with assignees and due dates; the assignee is notified. */
export function CaseTasksTab({ c }: { c: TCaseDetail }) {
  const { t, date } = useI18n();
  const users = useUsers();
  const [title, setTitle] = useState("");
  const [assigneeId, setAssigneeId] = useState("");
  const [dueOn, setDueOn] = useState("");
  const add = useCaseMutation(c.id, (body: unknown) => casesApi.addTask(c.id, body));
  const update = useCaseMutation(c.id, ({ taskId, body }: { taskId: string; body: unknown }) =>
    casesApi.updateTask(c.id, taskId, body),
  );
  const editable = canChange(c, "collaboration", "collaborate");
  return (
    <SectionCard c={c} section="collaboration" title={t("case.tab.tasks")}>
      {c.tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("case.tasks.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("case.tasks.done")}</Table.Th>
              <Table.Th>{t("case.tasks.title")}</Table.Th>
              <Table.Th>{t("case.tasks.assignee")}</Table.Th>
              <Table.Th>{t("case.tasks.dueOn")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.tasks.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t("case.tasks.done")}: ${task.title}`}
                    checked={task.done}
                    disabled={!editable}
                    onChange={(e) =>
                      update.mutate({ taskId: task.id, body: { done: e.currentTarget.checked } })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={task.done ? "line-through" : undefined}>
                    {task.title}
                  </Text>
                </Table.Td>
                <Table.Td>{task.assignee?.displayName ?? t("case.tasks.unassigned")}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {date(task.dueOn) || "—"}
                    {task.overdue && <Badge color="red">{t("case.tasks.overdue")}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("case.tasks.title")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            miw={260}
          />
          <NativeSelect
            label={t("case.tasks.assignee")}
            value={assigneeId}
            onChange={(e) => setAssigneeId(e.currentTarget.value)}
            data={[
              { value: "", label: t("case.tasks.unassigned") },
              ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
            ]}
          />
          <TextInput
            type="date"
            label={t("case.tasks.dueOn")}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
          />
          <Button
            disabled={!title.trim()}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { title, assigneeId: assigneeId || null, dueOn: dueOn || null },
                {
                  onSuccess: () => {
                    setTitle("");
                    setDueOn("");
                  },
                },
              )
            }
          >
            {t("case.tasks.add")}
          </Button>
        </Group>
      )}
      <RefusedAlert error={add.error ?? update.error} />
    </SectionCard>
  );
}
