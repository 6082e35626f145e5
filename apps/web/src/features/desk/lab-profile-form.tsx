import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { TLabProfile } from "@renkei/contract";
import { CLASSIFICATION_LIST_ITEMS, MEMBER_RESIDENCIES, type MemberResidency } from "@renkei/domain";
import { useState } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { deskApi, type TLabProfileInput } from "./api";
import { useDeskMutation } from "./queries";

type ClassificationListItem = (typeof CLASSIFICATION_LIST_ITEMS)[number];
type Tech = { key: string; listItem: ClassificationListItem | null; clause: string; description: string };
type Member = { key: string; name: string; country: string; residency: MemberResidency; tokutei: boolean };

/** The lab profile form: fields, listed technologies and foreign members (plain selects for now). */
export function LabProfileForm({
  profile,
  headUserId,
}: {
  profile: TLabProfile | null;
  headUserId?: string;
}) {
  const { t } = useI18n();
  const [labName, setLabName] = useState(profile?.labName ?? "");
  const [fields, setFields] = useState((profile?.fields ?? []).join("\n"));
  const [techs, setTechs] = useState<Tech[]>(
    (profile?.technologies ?? []).map((x) => ({
      ...x,
      key: crypto.randomUUID(),
      listItem: x.listItem as ClassificationListItem | null,
      clause: x.clause ?? "",
    })),
  );
  const [members, setMembers] = useState<Member[]>(
    (profile?.foreignMembers ?? []).map((m) => ({ ...m, key: crypto.randomUUID() })),
  );
  const [notes, setNotes] = useState(profile?.notes ?? "");
  const [saved, setSaved] = useState(false);
  const save = useDeskMutation((p: TLabProfileInput) =>
    deskApi.saveLabProfile(profile?.version ?? 0, p, headUserId),
  );
  const patch = <T,>(list: T[], set: (v: T[]) => void, i: number, p: Partial<T>) =>
    set(list.map((x, j) => (j === i ? { ...x, ...p } : x)));

  return (
    <Paper withBorder p="md">
      <Stack>
        <TextInput
          label={t("lab.labName")}
          required
          value={labName}
          onChange={(e) => setLabName(e.currentTarget.value)}
        />
        <Textarea
          label={t("lab.fields")}
          autosize
          minRows={2}
          value={fields}
          onChange={(e) => setFields(e.currentTarget.value)}
        />
        <Title order={3} size="h5">
          {t("lab.technologies")}
        </Title>
        {techs.map((x, i) => (
          <Group key={x.key} align="flex-end" wrap="wrap">
            <Select
              label={t("lab.listItem")}
              clearable
              w={140}
              value={x.listItem}
              onChange={(v) => patch(techs, setTechs, i, { listItem: v as ClassificationListItem | null })}
              data={CLASSIFICATION_LIST_ITEMS.map((item) => ({ value: item, label: item }))}
            />
            <TextInput
              label={t("lab.clause")}
              w={140}
              value={x.clause}
              onChange={(e) => patch(techs, setTechs, i, { clause: e.currentTarget.value })}
            />
            <TextInput
              label={t("lab.techDescription")}
              style={{ flex: 1 }}
              required
              value={x.description}
              onChange={(e) => patch(techs, setTechs, i, { description: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("lab.remove")}
              onClick={() => setTechs(techs.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          onClick={() =>
            setTechs([...techs, { key: crypto.randomUUID(), listItem: null, clause: "", description: "" }])
          }
        >
          {t("lab.addTechnology")}
        </Button>
        <Title order={3} size="h5">
          {t("lab.members")}
        </Title>
        {members.map((m, i) => (
          <Group key={m.key} align="flex-end" wrap="wrap">
            <TextInput
              label={t("lab.memberName")}
              required
              value={m.name}
              onChange={(e) => patch(members, setMembers, i, { name: e.currentTarget.value })}
            />
            <CountryPicker
              label={t("lab.country")}
              value={m.country}
              onChange={(code) => patch(members, setMembers, i, { country: code })}
            />
            <Select
              label={t("lab.residency")}
              allowDeselect={false}
              value={m.residency}
              onChange={(v) => v && patch(members, setMembers, i, { residency: v as MemberResidency })}
              data={MEMBER_RESIDENCIES.map((r) => ({
                value: r,
                label: t(`lab.residency.${r}` as MessageKey),
              }))}
            />
            <Checkbox
              label={t("lab.tokutei")}
              checked={m.tokutei}
              onChange={(e) => patch(members, setMembers, i, { tokutei: e.currentTarget.checked })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("lab.remove")}
              onClick={() => setMembers(members.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          onClick={() =>
            setMembers([
              ...members,
              { key: crypto.randomUUID(), name: "", country: "", residency: "resident", tokutei: false },
            ])
          }
        >
          {t("lab.addMember")}
        </Button>
        <Textarea
          label={t("lab.notes")}
          autosize
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        {save.error && <ErrorAlert error={save.error} />}
        {saved && !save.error && <Text c="green">{t("lab.saved")}</Text>}
        <Group justify="flex-end">
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                {
                  labName,
                  fields: fields
                    .split("\n")
                    .map((f) => f.trim())
                    .filter(Boolean),
                  technologies: techs.map(({ key: _k, ...x }) => ({ ...x, clause: x.clause || null })),
                  foreignMembers: members.map(({ key: _k, ...m }) => m),
                  notes,
                },
                { onSuccess: () => setSaved(true) },
              )
            }
          >
            {t("lab.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
