import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TDeclarationView } from "@renkei/contract";
import { AMOUNT_BANDS, INTEREST_CATEGORIES, type Interest, SELF_CHECK_QUESTIONS } from "@renkei/domain";
import { useState } from "react";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { RefusedAlert } from "../cases/section-card";
import { coiApi } from "./api";
import { useCoiMutation, useMyCoi } from "./queries";

const blank = (n: number): Interest => ({
  interestId: `i-${n}`,
  category: "equity",
  entity: "",
  partnerId: null,
  amountBand: "lt_1m",
  description: "",
  relatedCaseIds: [],
});

/** The declarant's two stages (seed 003 TMDU): the self-check, then the full declaration, then attest. */
export function DeclarationForm({ d }: { d: TDeclarationView }) {
  const { t } = useI18n();
  const me = useMyCoi();
  const [answers, setAnswers] = useState<Record<string, boolean | undefined>>(d.selfCheck);
  const [interests, setInterests] = useState<Interest[]>(d.interests);
  const [attest, setAttest] = useState(false);
  const save = useCoiMutation(() => coiApi.save(d.id, { version: d.version, selfCheck: answers, interests }));
  const submit = useCoiMutation(() => coiApi.submit(d.id, d.version));
  const anyYes = Object.values(answers).some((v) => v === true);
  const setInterest = (i: number, patch: Partial<Interest>) =>
    setInterests(interests.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const cases = (me.data?.cases ?? []).map((c) => ({ value: c.id, label: c.title }));
  return (
    <Stack>
      <Card withBorder>
        <Title order={4}>{t("coi.stage1")}</Title>
        {SELF_CHECK_QUESTIONS.map((q) => (
          <Radio.Group
            key={q}
            label={t(`coi.q.${q}` as MessageKey)}
            value={answers[q] === undefined ? "" : answers[q] ? "yes" : "no"}
            onChange={(v) => setAnswers({ ...answers, [q]: v === "yes" })}
          >
            <Group mt={4}>
              <Radio value="yes" label={t("coi.yes")} />
              <Radio value="no" label={t("coi.no")} />
            </Group>
          </Radio.Group>
        ))}
      </Card>
      {(anyYes || interests.length > 0) && (
        <Card withBorder>
          <Title order={4}>{t("coi.stage2")}</Title>
          {interests.map((x, i) => (
            <Group key={x.interestId} align="flex-end" wrap="wrap">
              <NativeSelect
                label={t("coi.category")}
                value={x.category}
                onChange={(e) => setInterest(i, { category: e.currentTarget.value as Interest["category"] })}
                data={INTEREST_CATEGORIES.map((c) => ({ value: c, label: t(`coi.cat.${c}` as MessageKey) }))}
              />
              <TextInput
                label={t("coi.entity")}
                value={x.entity}
                onChange={(e) => setInterest(i, { entity: e.currentTarget.value })}
              />
              <NativeSelect
                label={t("coi.amountBand")}
                value={x.amountBand}
                onChange={(e) =>
                  setInterest(i, { amountBand: e.currentTarget.value as Interest["amountBand"] })
                }
                data={AMOUNT_BANDS.map((b) => ({ value: b, label: t(`coi.band.${b}` as MessageKey) }))}
              />
              <TextInput
                label={t("coi.description")}
                value={x.description}
                onChange={(e) => setInterest(i, { description: e.currentTarget.value })}
              />
              <MultiSelect
                label={t("coi.relatedCases")}
                data={cases}
                value={x.relatedCaseIds}
                onChange={(v) => setInterest(i, { relatedCaseIds: v })}
                searchable
                w={320}
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() => setInterests(interests.filter((_, k) => k !== i))}
              >
                {t("coi.remove")}
              </Button>
            </Group>
          ))}
          <Button
            variant="light"
            w="fit-content"
            mt="sm"
            onClick={() => setInterests([...interests, blank(interests.length + 1)])}
          >
            {t("coi.addInterest")}
          </Button>
        </Card>
      )}
      <Group>
        <Button variant="default" loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t("coi.save")}
        </Button>
        {save.isSuccess && <Text c="green">{t("coi.saved")}</Text>}
      </Group>
      <RefusedAlert error={save.error} />
      <Card withBorder>
        <Checkbox
          label={t("coi.attest")}
          checked={attest}
          onChange={(e) => setAttest(e.currentTarget.checked)}
        />
        <Button
          mt="sm"
          w="fit-content"
          disabled={!attest || save.isPending}
          loading={submit.isPending}
          onClick={() => submit.mutate(undefined)}
        >
          {t("coi.submit")}
        </Button>
        <RefusedAlert error={submit.error} />
      </Card>
    </Stack>
  );
}
