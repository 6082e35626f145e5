import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { todayIso } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { casesApi } from "./api";
import { useCaseMutation } from "./queries";
import { LinesInput } from "./record-kit";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

type Nda = TCaseDetail["ndas"][number];
type Direction = NonNullable<Nda["scope"]>["direction"];
const DIRECTIONS: Direction[] = ["mutual", "one_way_disclose", "one_way_receive"];

/**
 * The case's NDAs with what each covers (seed 001 §IV.2-5, E4): who discloses, for what purpose, which
 * kinds of information. Ending an NDA is asked for confirmation; the record stays, marked ended.
 */
export function NdaCard({ c }: { c: TCaseDetail }) {
  const { t, date, listSep, paren } = useI18n();
  const [partnerIds, setPartnerIds] = useState<string[]>(c.partners.map((p) => p.partnerId));
  const [signedOn, setSignedOn] = useState(todayIso());
  const [expiresOn, setExpiresOn] = useState("");
  const [direction, setDirection] = useState<Direction>("mutual");
  const [purpose, setPurpose] = useState("");
  const [categories, setCategories] = useState<string[]>([]);
  const add = useCaseMutation(c.id, (body: unknown) => casesApi.addNda(c.id, body));
  const terminate = useCaseMutation(c.id, (nda: Nda) =>
    casesApi.updateNda(c.id, nda.id, { ...nda, terminated: true }),
  );
  const name = (id: string) => c.partners.find((p) => p.partnerId === id)?.name ?? id;
  const dir = (d: Direction) => t(`nda.scope.${d}` as MessageKey);
  const editable = canChange(c, "ndas");
  return (
    <SectionCard c={c} section="ndas" title={t("case.ndas")}>
      {c.ndas.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("common.none")}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("case.nda.partners")}</Table.Th>
              <Table.Th>{t("nda.scope")}</Table.Th>
              <Table.Th>{t("case.nda.signedOn")}</Table.Th>
              <Table.Th>{t("case.nda.expiresOn")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.ndas.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{n.partnerIds.map(name).join(listSep)}</Table.Td>
                <Table.Td>
                  {n.scope ? (
                    <Stack gap={0}>
                      <Text size="sm">{dir(n.scope.direction)}</Text>
                      <Text size="xs" c="dimmed">
                        {n.scope.purpose}
                        {n.scope.categories.length > 0 && `${paren(n.scope.categories.join(listSep))}`}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("nda.scope.none")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{date(n.signedOn)}</Table.Td>
                <Table.Td>{date(n.expiresOn) || "—"}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Badge color={n.current ? "green" : "gray"}>
                      {n.terminated
                        ? t("case.nda.terminated")
                        : n.current
                          ? t("case.nda.current")
                          : t("case.nda.notCurrent")}
                    </Badge>
                    {editable && !n.terminated && (
                      <ConfirmButton
                        size="xs"
                        variant="subtle"
                        title={t("nda.confirmEnd")}
                        onConfirm={() => terminate.mutate(n)}
                      >
                        {t("case.nda.terminated")}
                      </ConfirmButton>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && c.partners.length > 0 && (
        <Stack gap="xs">
          <Group align="flex-end" wrap="wrap">
            <MultiSelect
              searchable
              label={t("case.nda.partners")}
              value={partnerIds}
              onChange={setPartnerIds}
              data={c.partners.map((p) => ({ value: p.partnerId, label: p.name }))}
              miw={240}
            />
            <TextInput
              type="date"
              label={t("case.nda.signedOn")}
              value={signedOn}
              onChange={(e) => setSignedOn(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("case.nda.expiresOn")}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.currentTarget.value)}
            />
          </Group>
          <Group align="flex-start" wrap="wrap">
            <NativeSelect
              label={t("nda.scope.direction")}
              value={direction}
              onChange={(e) => setDirection(e.currentTarget.value as Direction)}
              data={DIRECTIONS.map((d) => ({ value: d, label: dir(d) }))}
            />
            <TextInput
              label={t("nda.scope.purpose")}
              miw={320}
              value={purpose}
              onChange={(e) => setPurpose(e.currentTarget.value)}
            />
            <LinesInput
              label={t("nda.scope.categories")}
              disabled={false}
              value={categories}
              onChange={setCategories}
            />
          </Group>
          <Button
            w="fit-content"
            loading={add.isPending}
            disabled={partnerIds.length === 0}
            onClick={() =>
              add.mutate({
                partnerIds,
                signedOn,
                expiresOn: expiresOn || null,
                scope: purpose.trim() ? { direction, purpose, categories } : null,
              })
            }
          >
            {t("case.nda.add")}
          </Button>
        </Stack>
      )}
      <RefusedAlert error={add.error ?? terminate.error} />
    </SectionCard>
  );
}
