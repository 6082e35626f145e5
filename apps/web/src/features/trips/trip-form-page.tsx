import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import {
  PURPOSES,
  TRIP_ITEM_CLASSES,
  TRIP_ITEM_MODES,
  type TripItem,
  type TripMeeting,
  type TripPlanInput,
  ZTripPlan,
} from "@renkei/domain";
import { type FormEvent, useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { CountryPicker } from "../../components/ui/country-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { tripsApi } from "./api";
import { classLabel } from "./labels";
import { useTrip, useTripMutation } from "./queries";

// Rows carry a stable key so React keeps each row's inputs when another row is removed.
let nextKey = 0;
const keyed = <T,>(row: T): T & { key: number } => ({ ...row, key: nextKey++ });
type ItemRow = Omit<TripItem, "classificationRef"> & { classificationRef: string; key: number };
type MeetingRow = TripMeeting & { key: number };
const emptyItem = (): ItemRow =>
  keyed({
    description: "",
    mode: "presented",
    classification: "unknown",
    published: false,
    purpose: "other",
    classificationRef: "",
  });
const emptyMeeting = (): MeetingRow => keyed({ name: "", organisation: "", country: "" });

/**
 * 出張申請 (and its revision): where, when, whom you meet, and what you present, carry or send — asked
 * in plain words; the engine turns the answers into TT2 / TT3 / TT4 and goods exports (spec §1.2).
 */
export function TripFormPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id = "" } = useParams();
  const editing = id !== "";
  const navigate = useNavigate();
  const existing = useTrip(id);
  const [v, setV] = useState({
    destinationCountry: "",
    destinationCity: "",
    departOn: "",
    returnOn: "",
    purpose: "",
  });
  const [meetings, setMeetings] = useState<MeetingRow[]>([emptyMeeting()]);
  const [items, setItems] = useState<ItemRow[]>([emptyItem()]);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useTripMutation((plan: TripPlanInput) =>
    editing
      ? tripsApi.revise(id, { version: existing.data?.version ?? 0, plan, note }).then((d) => ({ id: d.id }))
      : tripsApi.create(plan),
  );

  useEffect(() => {
    const d = existing.data;
    if (d) {
      setV({
        destinationCountry: d.destinationCountry,
        destinationCity: d.destinationCity,
        departOn: d.departOn,
        returnOn: d.returnOn,
        purpose: d.purpose,
      });
      setMeetings(d.meetings.length > 0 ? d.meetings.map((m) => keyed(m)) : [emptyMeeting()]);
      setItems(d.items.map((i) => keyed({ ...i, classificationRef: i.classificationRef ?? "" })));
    }
  }, [existing.data]);

  if (editing && existing.isPending) {
    return <Loading />;
  }
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const text = (key: keyof typeof v) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    ...fieldError(errors, key, i18n),
  });
  const setItem = (i: number, patch: Partial<ItemRow>) =>
    setItems((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const setMeeting = (i: number, patch: Partial<MeetingRow>) =>
    setMeetings((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const plan: TripPlanInput = {
      ...v,
      meetings: meetings
        .filter((m) => m.organisation.trim() !== "" || m.country.trim() !== "")
        .map(({ key: _k, ...m }) => m),
      items: items
        .filter((i) => i.description.trim() !== "")
        .map(({ key: _k, ...i }) => ({ ...i, classificationRef: i.classificationRef || null })),
    };
    const found = validateWith(ZTripPlan, plan);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      save.mutate(plan, {
        onSuccess: (r) => navigate(`/trips/${r.id}`),
        onError: (err) => setErrors(serverFieldErrors(err)),
      });
    }
  };

  return (
    <Stack maw={1000}>
      <PageTitle
        title={editing ? t("trips.revise") : t("trips.new")}
        description={editing ? t("trips.reviseHelp") : t("trips.newHelp")}
      />
      <form onSubmit={onSubmit} noValidate>
        <Paper withBorder p="lg">
          <Stack>
            {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
            <Title order={2} size="h4">
              {t("trips.whereWhen")}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <CountryPicker
                label={t("trips.destinationCountry")}
                withAsterisk
                value={v.destinationCountry}
                onChange={(code) => set({ destinationCountry: code })}
                {...fieldError(errors, "destinationCountry", i18n)}
              />
              <TextInput label={t("trips.destinationCity")} {...text("destinationCity")} />
              <TextInput type="date" label={t("trips.departOn")} withAsterisk {...text("departOn")} />
              <TextInput type="date" label={t("trips.returnOn")} withAsterisk {...text("returnOn")} />
            </SimpleGrid>
            <Textarea label={t("trips.purpose")} withAsterisk autosize minRows={2} {...text("purpose")} />

            <Title order={2} size="h4" mt="sm">
              {t("trips.whom")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("trips.whomHelp")}
            </Text>
            {meetings.map((m, i) => (
              <Group key={m.key} align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 2 }}
                  label={t("trips.meetingOrganisation")}
                  value={m.organisation}
                  onChange={(e) => setMeeting(i, { organisation: e.currentTarget.value })}
                />
                <div style={{ flex: 1 }}>
                  <CountryPicker
                    label={t("trips.meetingCountry")}
                    value={m.country}
                    onChange={(code) => setMeeting(i, { country: code })}
                  />
                </div>
                <TextInput
                  style={{ flex: 2 }}
                  label={t("trips.meetingName")}
                  value={m.name}
                  onChange={(e) => setMeeting(i, { name: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("trips.removeRow")}
                  onClick={() => setMeetings((rows) => rows.filter((_, k) => k !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => setMeetings((rows) => [...rows, emptyMeeting()])}
              >
                {t("trips.addMeeting")}
              </Button>
            </Group>

            <Title order={2} size="h4" mt="sm">
              {t("trips.what")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("trips.whatHelp")}
            </Text>
            {items.map((item, i) => (
              <Paper key={item.key} withBorder p="sm" bg="gray.0">
                <Stack gap="xs">
                  <Group align="flex-end" wrap="nowrap">
                    <TextInput
                      style={{ flex: 3 }}
                      label={t("trips.itemDescription")}
                      value={item.description}
                      onChange={(e) => setItem(i, { description: e.currentTarget.value })}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("trips.removeRow")}
                      onClick={() => setItems((rows) => rows.filter((_, k) => k !== i))}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    <NativeSelect
                      label={t("trips.itemMode")}
                      value={item.mode}
                      onChange={(e) => setItem(i, { mode: e.currentTarget.value as ItemRow["mode"] })}
                      data={TRIP_ITEM_MODES.map((m) => ({
                        value: m,
                        label: t(`trips.mode.${m}` as MessageKey),
                      }))}
                    />
                    <NativeSelect
                      label={t("trips.itemClassification")}
                      value={item.classification}
                      onChange={(e) =>
                        setItem(i, { classification: e.currentTarget.value as ItemRow["classification"] })
                      }
                      data={TRIP_ITEM_CLASSES.map((c) => ({ value: c, label: classLabel(i18n, c) }))}
                    />
                    <NativeSelect
                      label={t("trips.itemPurpose")}
                      value={item.purpose}
                      onChange={(e) => setItem(i, { purpose: e.currentTarget.value as ItemRow["purpose"] })}
                      data={PURPOSES.map((p) => ({ value: p, label: t(`trips.purpose.${p}` as MessageKey) }))}
                    />
                  </SimpleGrid>
                  <Group align="flex-end">
                    <Checkbox
                      label={t("trips.itemPublished")}
                      checked={item.published}
                      onChange={(e) => setItem(i, { published: e.currentTarget.checked })}
                    />
                    <TextInput
                      style={{ flex: 1 }}
                      label={t("trips.itemClassificationRef")}
                      description={t("trips.itemClassificationRefHelp")}
                      value={item.classificationRef}
                      onChange={(e) => setItem(i, { classificationRef: e.currentTarget.value })}
                    />
                  </Group>
                </Stack>
              </Paper>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => setItems((rows) => [...rows, emptyItem()])}>
                {t("trips.addItem")}
              </Button>
            </Group>
            {editing && (
              <Textarea
                label={t("trips.reviseNote")}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
            )}
            {errors.meetings || errors.items ? (
              <Text c="red" size="sm">
                {i18n.msg(errors.meetings ?? errors.items ?? "")}
              </Text>
            ) : null}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {editing ? t("trips.submitRevision") : t("trips.submit")}
              </Button>
              <Button variant="default" onClick={() => navigate(editing ? `/trips/${id}` : "/trips")}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
