import { Button, Group, Paper, Select, Stack, TextInput } from "@mantine/core";
import { TOUR_ITEM_KINDS, type TourItemKind } from "@renkei/domain";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { type TVisitTourInput, useTourMutation, visitToursApi } from "./api";

type Line = { key: string; kind: TourItemKind; description: string };

/** A new checklist: name, date and its lines (the host is the person creating it). */
export function TourCreateForm({ visitorId, onDone }: { visitorId: string; onDone(): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [visitOn, setVisitOn] = useState("");
  const [lines, setLines] = useState<Line[]>([{ key: crypto.randomUUID(), kind: "show", description: "" }]);
  const create = useTourMutation((tour: TVisitTourInput) => visitToursApi.create(visitorId, tour));
  const patch = (key: string, p: Partial<Line>) =>
    setLines(lines.map((l) => (l.key === key ? { ...l, ...p } : l)));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group grow>
          <TextInput
            label={t("tours.name")}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("tours.visitOn")}
            value={visitOn}
            onChange={(e) => setVisitOn(e.currentTarget.value)}
          />
        </Group>
        {lines.map((l) => (
          <Group key={l.key} align="flex-end">
            <Select
              label={t("tours.kind")}
              w={130}
              allowDeselect={false}
              value={l.kind}
              onChange={(v) => v && patch(l.key, { kind: v as TourItemKind })}
              data={TOUR_ITEM_KINDS.map((k) => ({ value: k, label: t(`tours.kind.${k}` as MessageKey) }))}
            />
            <TextInput
              label={t("tours.description")}
              style={{ flex: 1 }}
              required
              value={l.description}
              onChange={(e) => patch(l.key, { description: e.currentTarget.value })}
            />
          </Group>
        ))}
        <Button
          variant="subtle"
          w="fit-content"
          onClick={() => setLines([...lines, { key: crypto.randomUUID(), kind: "show", description: "" }])}
        >
          {t("tours.addLine")}
        </Button>
        {create.error && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { title, visitOn: visitOn || null, items: lines.map(({ key: _k, ...l }) => l) },
                { onSuccess: onDone },
              )
            }
          >
            {t("tours.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
