import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type TClassificationInput, ZClassificationInput } from "@renkei/contract";
import {
  CLASSIFICATION_LIST_ITEMS,
  CLASSIFICATION_RESULTS,
  classificationProblems,
  ITEM_KIND_LABELS,
  ITEM_KINDS,
  RESULT_LABELS,
} from "@renkei/domain";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { type FieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { reasonText } from "./reason-text";
import { RuleViolationAlert } from "./rule-violation-alert";

export type ClassificationFormValues = {
  itemKind: (typeof ITEM_KINDS)[number];
  name: string;
  model: string;
  manufacturer: string;
  description: string;
  listItem: string;
  listClause: string;
  determination: (typeof CLASSIFICATION_RESULTS)[number];
  parameters: {
    clause: string;
    listText: string;
    specification: string;
    result: (typeof CLASSIFICATION_RESULTS)[number];
  }[];
  basis: string;
  assessedOn: string;
};

export const EMPTY_CLASSIFICATION: ClassificationFormValues = {
  itemKind: "technology",
  name: "",
  model: "",
  manufacturer: "",
  description: "",
  listItem: "16",
  listClause: "",
  determination: "not_applicable",
  parameters: [{ clause: "", listText: "", specification: "", result: "not_applicable" }],
  basis: "",
  assessedOn: "",
};

export function toClassificationInput(v: ClassificationFormValues): TClassificationInput {
  return {
    ...v,
    listItem: (v.listItem || null) as TClassificationInput["listItem"],
    model: v.model || null,
    manufacturer: v.manufacturer || null,
    listClause: v.listClause || null,
    assessedOn: v.assessedOn || null,
  };
}

/** 該非判定 form: the item, each list clause compared with its specification, the verdict and its basis. */
export function ClassificationForm(props: {
  initial: ClassificationFormValues;
  saving: boolean;
  serverErrors: FieldErrors;
  submitError: unknown;
  onSubmit(input: TClassificationInput): void;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const [v, setV] = useState(props.initial);
  // Stable row keys, so removing a clause does not shift the inputs below it.
  const nextKey = useRef(props.initial.parameters.length);
  const [rowKeys, setRowKeys] = useState(() => props.initial.parameters.map((_, i) => i));
  const [submitted, setSubmitted] = useState(false);
  const clientErrors = useMemo(() => validateWith(ZClassificationInput, toClassificationInput(v)), [v]);
  const consistency = classificationProblems({ ...v, listItem: v.listItem || null });
  const err = (field: string) => {
    const raw = (submitted ? clientErrors[field] : undefined) ?? props.serverErrors[field];
    return raw ? i18n.msg(raw) : undefined;
  };
  const set = (patch: Partial<ClassificationFormValues>) => setV((x) => ({ ...x, ...patch }));
  const setParam = (i: number, patch: Partial<ClassificationFormValues["parameters"][number]>) =>
    set({ parameters: v.parameters.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const resultOptions = CLASSIFICATION_RESULTS.map((r) => ({ value: r, label: label(RESULT_LABELS[r]) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientErrors).length === 0) {
      props.onSubmit(toClassificationInput(v));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {props.submitError !== null && props.submitError !== undefined && (
          <RuleViolationAlert error={props.submitError} />
        )}
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("ec.cl.itemKind")}
              value={v.itemKind}
              onChange={(e) =>
                set({ itemKind: e.currentTarget.value as ClassificationFormValues["itemKind"] })
              }
              data={ITEM_KINDS.map((k) => ({ value: k, label: label(ITEM_KIND_LABELS[k]) }))}
            />
            <TextInput
              label={t("ec.cl.name")}
              required
              value={v.name}
              error={err("name")}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
            <TextInput
              label={t("ec.cl.model")}
              value={v.model}
              onChange={(e) => set({ model: e.currentTarget.value })}
            />
            <TextInput
              label={t("ec.cl.manufacturer")}
              value={v.manufacturer}
              onChange={(e) => set({ manufacturer: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Textarea
            mt="md"
            label={t("ec.cl.description")}
            autosize
            minRows={2}
            value={v.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
          />
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t("ec.cl.parameters")}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t("ec.cl.param.clause")}</Table.Th>
                  <Table.Th>{t("ec.cl.param.listText")}</Table.Th>
                  <Table.Th>{t("ec.cl.param.specification")}</Table.Th>
                  <Table.Th w={130}>{t("ec.cl.param.result")}</Table.Th>
                  <Table.Th w={60} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.parameters.map((p, i) => (
                  <Table.Tr key={rowKeys[i]}>
                    <Table.Td>
                      <TextInput
                        aria-label={`${t("ec.cl.param.clause")} ${i + 1}`}
                        value={p.clause}
                        onChange={(e) => setParam(i, { clause: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Textarea
                        aria-label={`${t("ec.cl.param.listText")} ${i + 1}`}
                        autosize
                        value={p.listText}
                        onChange={(e) => setParam(i, { listText: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Textarea
                        aria-label={`${t("ec.cl.param.specification")} ${i + 1}`}
                        autosize
                        value={p.specification}
                        onChange={(e) => setParam(i, { specification: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={`${t("ec.cl.param.result")} ${i + 1}`}
                        value={p.result}
                        data={resultOptions}
                        onChange={(e) =>
                          setParam(i, {
                            result: e.currentTarget.value as ClassificationFormValues["determination"],
                          })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t("ec.cl.param.remove")} ${i + 1}`}
                        onClick={() => {
                          set({ parameters: v.parameters.filter((_, k) => k !== i) });
                          setRowKeys((keys) => keys.filter((_, k) => k !== i));
                        }}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Button
            variant="subtle"
            mt="xs"
            onClick={() => {
              set({
                parameters: [
                  ...v.parameters,
                  { clause: "", listText: "", specification: "", result: "not_applicable" },
                ],
              });
              setRowKeys((keys) => [...keys, nextKey.current++]);
            }}
          >
            {t("ec.cl.param.add")}
          </Button>
        </Paper>
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("ec.cl.determination")}
              value={v.determination}
              data={resultOptions}
              onChange={(e) =>
                set({ determination: e.currentTarget.value as ClassificationFormValues["determination"] })
              }
            />
            <NativeSelect
              label={t("ec.cl.listItem")}
              value={v.listItem}
              error={err("listItem")}
              onChange={(e) => set({ listItem: e.currentTarget.value })}
              data={[
                { value: "", label: t("ec.cl.listItem.none") },
                ...CLASSIFICATION_LIST_ITEMS.map((n) => ({ value: n, label: `${n.replace("-", "の")}項` })),
              ]}
            />
            <TextInput
              type="date"
              label={t("ec.cl.assessedOn")}
              value={v.assessedOn}
              onChange={(e) => set({ assessedOn: e.currentTarget.value })}
            />
          </SimpleGrid>
          <TextInput
            mt="md"
            label={t("ec.cl.listClause")}
            value={v.listClause}
            onChange={(e) => set({ listClause: e.currentTarget.value })}
          />
          <Textarea
            mt="md"
            label={t("ec.cl.basis")}
            autosize
            minRows={3}
            value={v.basis}
            error={err("basis")}
            onChange={(e) => set({ basis: e.currentTarget.value })}
          />
          {consistency.length > 0 && (
            <Stack gap={2} mt="sm" aria-live="polite">
              {consistency.map((r) => (
                <Group key={r.ruleId} gap={4}>
                  <span aria-hidden>⚠</span>
                  <span style={{ fontSize: 13 }}>{reasonText(i18n, r)}</span>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
        <Group>
          <Button type="submit" loading={props.saving}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
