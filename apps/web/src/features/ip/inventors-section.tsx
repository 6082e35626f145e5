import { Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import type { TInventionDetail } from "@renkei/contract";
import { INVENTION_CATEGORIES, INVENTION_CATEGORY_LABELS, type InventionCategory } from "@renkei/domain";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { ipApi } from "./api";
import { IpErrorAlert, IpReasonList, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";

/** Inventors confirm in the app; then legal/IP decides 職務発明 or 自由発明 (Patent Act Art. 35). */
export function InventorsSection({ d }: { d: TInventionDetail }) {
  const { t, label, date, dateTime } = useI18n();
  const me = useCurrentUser();
  const can = useCan();
  const confirm = useIpMutation(() => ipApi.confirm(d.id));
  const decide = useIpMutation((body: unknown) => ipApi.decide(d.id, body));
  const [category, setCategory] = useState<InventionCategory>("employee");
  const [takes, setTakes] = useState(true);
  const [note, setNote] = useState("");
  const mine = d.inventors.find((i) => i.userId === me.id);
  return (
    <>
      <IpSection title={t("ip.section.inventors")}>
        <Table>
          <Table.Tbody>
            {d.inventors.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.name}</Table.Td>
                <Table.Td>{i.affiliation}</Table.Td>
                <Table.Td>{i.sharePercent}%</Table.Td>
                <Table.Td>
                  {i.userId === null ? (
                    "—"
                  ) : i.confirmedAt ? (
                    <Badge color="green">{t("ip.confirmed", { date: dateTime(i.confirmedAt) })}</Badge>
                  ) : (
                    <Badge color="yellow">{t("ip.unconfirmed")}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {mine && mine.confirmedAt === null && (
          <Group>
            <Button onClick={() => confirm.mutate(undefined)} loading={confirm.isPending}>
              {t("ip.confirm")}
            </Button>
          </Group>
        )}
        {confirm.error ? <IpErrorAlert error={confirm.error} /> : null}
      </IpSection>
      <IpSection title={t("ip.section.decision")}>
        {d.category ? (
          <Text size="sm">
            {label(INVENTION_CATEGORY_LABELS[d.category])}
            {d.institutionTakes ? ` / ${t("ip.decision.takes")}` : ""}　
            {t("ip.decision.by", { name: d.decidedBy?.displayName ?? "—", date: date(d.decidedOn) })}
            {d.decisionNote && ` — ${d.decisionNote}`}
          </Text>
        ) : (
          <Stack gap="xs">
            {d.decisionBlockers.length > 0 && <IpReasonList reasons={d.decisionBlockers} color="orange" />}
            {can("ip.manage") && (
              <Group align="flex-end" wrap="wrap">
                <NativeSelect
                  label={t("ip.decision.category")}
                  value={category}
                  onChange={(e) => {
                    const c = e.currentTarget.value as InventionCategory;
                    setCategory(c);
                    setTakes(c === "employee");
                  }}
                  data={INVENTION_CATEGORIES.map((c) => ({
                    value: c,
                    label: label(INVENTION_CATEGORY_LABELS[c]),
                  }))}
                />
                <Checkbox
                  label={t("ip.decision.takes")}
                  checked={takes}
                  disabled={category === "free"}
                  onChange={(e) => setTakes(e.currentTarget.checked)}
                />
                <TextInput
                  label={t("ip.decision.note")}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
                <Button
                  loading={decide.isPending}
                  onClick={() =>
                    decide.mutate({ category, institutionTakes: takes, note, version: d.version })
                  }
                >
                  {t("ip.decision.submit")}
                </Button>
              </Group>
            )}
            {decide.error ? <IpErrorAlert error={decide.error} /> : null}
          </Stack>
        )}
      </IpSection>
    </>
  );
}
