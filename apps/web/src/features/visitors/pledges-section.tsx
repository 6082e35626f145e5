import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TVisitorDetail } from "@renkei/contract";
import { currentPledgeText, PLEDGE_KINDS, PLEDGE_TOKUTEI_ANSWERS, type PledgeKind } from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { RuleErrorAlert } from "../ec-shared/rule-error";
import { visitorsApi } from "./api";
import { useVisitorMutation } from "./queries";

/** 誓約書: every signature with who, when and which version of the text; and the form to record one. */
export function PledgesSection({ v }: { v: TVisitorDetail }) {
  const { t, date, dateTime, label } = useI18n();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<PledgeKind>("tokutei_declaration");
  const [answer, setAnswer] = useState("");
  const [signedName, setSignedName] = useState(v.nameEn ?? v.fullName);
  const [signedOn, setSignedOn] = useState(todayIso());
  const text = currentPledgeText(kind, signedOn || todayIso());
  const record = useVisitorMutation(() =>
    visitorsApi.recordPledge(v.id, {
      kind,
      tokuteiAnswer: kind === "tokutei_declaration" ? (answer as "none") || null : null,
      signedName,
      signedOn: signedOn || null,
    }),
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("visitors.pledges")}
          </Title>
          {v.canUpdate && !open && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)}>
              {t("visitors.recordPledge")}
            </Button>
          )}
        </Group>
        {v.pledgeRequired && !v.pledgeCurrent && <Alert color="yellow">{t("visitors.pledgeMissing")}</Alert>}
        {v.pledges.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("visitors.noPledges")}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("visitors.pledgeKind")}</Table.Th>
                  <Table.Th>{t("visitors.pledgeVersion")}</Table.Th>
                  <Table.Th>{t("visitors.pledgeAnswer")}</Table.Th>
                  <Table.Th>{t("visitors.signedBy")}</Table.Th>
                  <Table.Th>{t("visitors.renewDueOn")}</Table.Th>
                  <Table.Th>{t("visitors.recordedBy")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.pledges.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{t(`visitors.pledgeKind.${p.kind}` as MessageKey)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{p.textVersion}</Text>
                      <Text size="xs" c="dimmed">
                        {t("visitors.declarationVersion", { n: p.declarationVersion })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {p.tokuteiAnswer ? t(`visitors.answer.${p.tokuteiAnswer}` as MessageKey) : "—"}
                      {p.matchesDetermination === false && (
                        <Badge color="red" variant="light" ml={4}>
                          {t("visitors.answerMismatch")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.signedName}
                      <Text size="xs" c="dimmed">
                        {date(p.signedOn)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{date(p.renewDueOn)}</Table.Td>
                    <Table.Td>
                      {p.recordedByName}
                      <Text size="xs" c="dimmed">
                        {dateTime(p.recordedAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {open && (
          <Stack gap="sm" p="sm" bg="gray.0">
            {record.error ? <RuleErrorAlert error={record.error} /> : null}
            <Select
              label={t("visitors.pledgeKind")}
              value={kind}
              onChange={(k) => k && setKind(k as PledgeKind)}
              data={PLEDGE_KINDS.map((k) => ({
                value: k,
                label: t(`visitors.pledgeKind.${k}` as MessageKey),
              }))}
            />
            {text && (
              <Paper withBorder p="sm">
                <Text fw={600} size="sm">
                  {label(text.title)}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {label(text.body)}
                </Text>
                <Text size="xs" c="dimmed" mt={4}>
                  {text.version}
                </Text>
              </Paper>
            )}
            {kind === "tokutei_declaration" && (
              <Radio.Group
                label={t("visitors.pledgeAnswer")}
                value={answer}
                onChange={setAnswer}
                withAsterisk
              >
                <Group mt={4}>
                  {PLEDGE_TOKUTEI_ANSWERS.map((a) => (
                    <Radio key={a} value={a} label={t(`visitors.answer.${a}` as MessageKey)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
            <Group grow>
              <TextInput
                label={t("visitors.signedName")}
                value={signedName}
                onChange={(e) => setSignedName(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t("visitors.signedOn")}
                value={signedOn}
                onChange={(e) => setSignedOn(e.currentTarget.value)}
              />
            </Group>
            <Group>
              <Button
                loading={record.isPending}
                onClick={() => record.mutate(undefined, { onSuccess: () => setOpen(false) })}
              >
                {t("visitors.savePledge")}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
