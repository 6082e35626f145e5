import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail, TDueDiligence } from "@renkei/contract";
import {
  PARTICIPANT_KIND_LABELS,
  PARTICIPANT_KINDS,
  type ParticipantKind,
  RISK_LEVEL_LABELS,
  SCREENING_STATUS_LABELS,
  type ScreeningStatus,
} from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { peopleApi } from "../../api/endpoints";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useUsers } from "../partners/queries";
import { PartnerPicker } from "../people/partner-picker";
import { casesApi } from "./api";
import { useCaseMutation } from "./queries";
import { ReasonList } from "./reason-list";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

type CasePartner = TCaseDetail["partners"][number];

function ScreeningBadge({ status, source }: { status: string; source: string }) {
  const { t, label } = useI18n();
  if (source === "member") {
    return (
      <Badge variant="light" color="gray">
        {t("case.screening.member")}
      </Badge>
    );
  }
  const known = SCREENING_STATUS_LABELS[status as ScreeningStatus];
  return (
    <Badge color={status === "clear" ? "green" : status === "match" ? "red" : "orange"}>
      {known ? label(known) : status}
    </Badge>
  );
}

export function CasePartiesTab({ c }: { c: TCaseDetail }) {
  return (
    <Stack>
      <PartnersCard c={c} />
      <ParticipantsCard c={c} />
    </Stack>
  );
}

function PartnersCard({ c }: { c: TCaseDetail }) {
  const { t, label, country, paren } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  const [dd, setDd] = useState<CasePartner | null>(null);
  const add = useCaseMutation(c.id, (partnerId: string) => casesApi.addPartner(c.id, partnerId));
  const remove = useCaseMutation(c.id, (partnerId: string) => casesApi.removePartner(c.id, partnerId));
  const canAdd = canChange(c, "partners");
  const canDd = canChange(c, "due_diligence");
  return (
    <SectionCard c={c} section="partners" title={t("case.partners")}>
      {c.partners.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("case.partners.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("case.field.partners")}</Table.Th>
                <Table.Th>{t("case.partners.screening")}</Table.Th>
                <Table.Th>{t("case.partners.credit")}</Table.Th>
                <Table.Th>{t("case.partners.group")}</Table.Th>
                <Table.Th>{t("case.partners.risk")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.partners.map((p) => (
                <Table.Tr key={p.partnerId}>
                  <Table.Td>
                    <Text size="sm" fw={600} component="a" href={`/partners/${p.partnerId}`}>
                      {p.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {country(p.country)}
                      {p.foreignGovControl ? " ・外国政府の支配" : ""}
                      {p.stateOwned ? " ・国有" : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ScreeningBadge status={p.screening.status} source={p.screening.source} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {p.credit
                        ? `${p.credit.result}${paren(p.credit.checkedOn)}`
                        : t("case.partners.creditNone")}
                    </Text>
                  </Table.Td>
                  <Table.Td>{p.destinationGroup ?? "—"}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{label(RISK_LEVEL_LABELS[p.riskLevel])}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {canDd && (
                        <Button size="xs" variant="default" onClick={() => setDd(p)}>
                          {t("case.partners.dd")}
                        </Button>
                      )}
                      {canAdd && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => remove.mutate(p.partnerId)}
                        >
                          {t("case.partners.remove")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canAdd && (
        <Group align="flex-end">
          <div style={{ flex: 1, maxWidth: 420 }}>
            <PartnerPicker label={t("case.partners.add")} value={picked} onChange={(id) => setPicked(id)} />
          </div>
          <Button
            disabled={!picked}
            loading={add.isPending}
            onClick={() => picked && add.mutate(picked, { onSuccess: () => setPicked(null) })}
          >
            {t("common.add")}
          </Button>
        </Group>
      )}
      <RefusedAlert error={add.error ?? remove.error} />
      <Modal opened={dd !== null} onClose={() => setDd(null)} title={t("case.dd.title")} size="lg">
        {dd && <DueDiligenceForm c={c} partner={dd} onDone={() => setDd(null)} />}
      </Modal>
    </SectionCard>
  );
}

function DueDiligenceForm({ c, partner, onDone }: { c: TCaseDetail; partner: CasePartner; onDone(): void }) {
  const { t } = useI18n();
  const [v, setV] = useState<TDueDiligence>(partner.dueDiligence);
  const [sectors, setSectors] = useState<string[]>(partner.sectors);
  const [note, setNote] = useState("");
  const [severity, setSeverity] = useState<"info" | "concern" | "serious">("concern");
  const save = useCaseMutation(c.id, (body: unknown) =>
    casesApi.updatePartner(c.id, partner.partnerId, body),
  );
  const rules = v.countryRules;
  return (
    <Stack>
      <Text fw={600}>{partner.name}</Text>
      {partner.riskReasons.length > 0 && <ReasonList reasons={partner.riskReasons} />}
      <Checkbox
        label={t("case.dd.ownershipKnown")}
        checked={v.ownershipKnown}
        onChange={(e) => setV({ ...v, ownershipKnown: e.currentTarget.checked })}
      />
      <Checkbox
        label={t("case.dd.military")}
        checked={v.militaryAffiliation}
        onChange={(e) => setV({ ...v, militaryAffiliation: e.currentTarget.checked })}
      />
      <Checkbox
        label={t("case.dd.countryRulesReviewed")}
        checked={rules.reviewed}
        onChange={(e) => setV({ ...v, countryRules: { ...rules, reviewed: e.currentTarget.checked } })}
      />
      <Checkbox
        label={t("case.dd.compelledDisclosure")}
        checked={rules.compelledDisclosure}
        onChange={(e) =>
          setV({ ...v, countryRules: { ...rules, compelledDisclosure: e.currentTarget.checked } })
        }
      />
      <Checkbox
        label={t("case.dd.firstFiling")}
        checked={rules.firstFilingRequirement}
        onChange={(e) =>
          setV({ ...v, countryRules: { ...rules, firstFilingRequirement: e.currentTarget.checked } })
        }
      />
      <TagsInput label={t("case.dd.sectors")} value={sectors} onChange={setSectors} />
      <Text size="sm" fw={600}>
        {t("case.dd.notes")}
      </Text>
      {v.reputationNotes.map((n, i) => (
        <Group key={`${n.severity}:${n.note}`} gap="xs">
          <Badge color={n.severity === "serious" ? "red" : n.severity === "concern" ? "orange" : "gray"}>
            {t(`case.dd.severity.${n.severity}`)}
          </Badge>
          <Text size="sm">{n.note}</Text>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setV({ ...v, reputationNotes: v.reputationNotes.filter((_, k) => k !== i) })}
          >
            ×
          </Button>
        </Group>
      ))}
      <Group align="flex-end">
        <NativeSelect
          label={t("case.dd.noteSeverity")}
          value={severity}
          onChange={(e) => setSeverity(e.currentTarget.value as typeof severity)}
          data={(["info", "concern", "serious"] as const).map((s) => ({
            value: s,
            label: t(`case.dd.severity.${s}`),
          }))}
        />
        <TextInput
          flex={1}
          label={t("case.dd.notes")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={!note.trim()}
          onClick={() => {
            setV({ ...v, reputationNotes: [...v.reputationNotes, { severity, note: note.trim() }] });
            setNote("");
          }}
        >
          {t("case.dd.addNote")}
        </Button>
      </Group>
      <RefusedAlert error={save.error} />
      <Group>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { sectors, competitorIds: partner.competitorIds, dueDiligence: v },
              { onSuccess: onDone },
            )
          }
        >
          {t("common.save")}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}

function ParticipantsCard({ c }: { c: TCaseDetail }) {
  const { t, label, date } = useI18n();
  const users = useUsers();
  const [link, setLink] = useState<"user" | "person">("user");
  const [kind, setKind] = useState<ParticipantKind>("staff");
  const [userId, setUserId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [personQ, setPersonQ] = useState("");
  const [role, setRole] = useState("");
  const [consent, setConsent] = useState("");
  const [pledge, setPledge] = useState("");
  const people = useQuery({
    queryKey: ["people", personQ],
    queryFn: () => peopleApi.list(personQ),
    enabled: link === "person",
  });
  const add = useCaseMutation(c.id, (body: Parameters<typeof casesApi.addParticipant>[1]) =>
    casesApi.addParticipant(c.id, body),
  );
  const remove = useCaseMutation(c.id, (pid: string) => casesApi.removeParticipant(c.id, pid));
  const editable = canChange(c, "participants");
  const student = kind === "student";
  const submit = () =>
    add.mutate(
      {
        kind,
        ...(link === "user" ? { userId } : { personId }),
        roleOnCase: role,
        informedConsentOn: consent || null,
        pledgeOn: pledge || null,
      },
      {
        onSuccess: () => {
          setUserId(null);
          setPersonId(null);
          setRole("");
          setConsent("");
          setPledge("");
        },
      },
    );
  return (
    <SectionCard c={c} section="participants" title={t("case.participants")}>
      {c.participants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("case.participants.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("case.participants.kind")}</Table.Th>
                <Table.Th>{t("case.participants.name")}</Table.Th>
                <Table.Th>{t("case.participants.role")}</Table.Th>
                <Table.Th>{t("case.participants.consent")}</Table.Th>
                <Table.Th>{t("case.participants.pledge")}</Table.Th>
                <Table.Th>{t("case.participants.screening")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.participants.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{label(PARTICIPANT_KIND_LABELS[p.kind])}</Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.roleOnCase}</Table.Td>
                  <Table.Td>{date(p.informedConsentOn) || "—"}</Table.Td>
                  <Table.Td>{date(p.pledgeOn) || "—"}</Table.Td>
                  <Table.Td>
                    <ScreeningBadge status={p.screening.status} source={p.screening.source} />
                  </Table.Td>
                  <Table.Td>
                    {editable && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(p.id)}>
                        {t("case.participants.remove")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t("case.participants.add")}
          </Text>
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t("case.participants.kind")}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as ParticipantKind)}
              data={PARTICIPANT_KINDS.map((k) => ({ value: k, label: label(PARTICIPANT_KIND_LABELS[k]) }))}
            />
            <SegmentedControl
              value={link}
              onChange={(v) => setLink(v as "user" | "person")}
              data={[
                { value: "user", label: t("case.participants.user") },
                { value: "person", label: t("case.participants.person") },
              ]}
            />
            {link === "user" ? (
              <Select
                label={t("case.participants.linkUser")}
                searchable
                value={userId}
                onChange={setUserId}
                data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
              />
            ) : (
              <Select
                label={t("case.participants.linkPerson")}
                searchable
                value={personId}
                onChange={setPersonId}
                searchValue={personQ}
                onSearchChange={setPersonQ}
                filter={({ options }) => options}
                data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
            )}
            <TextInput
              label={t("case.participants.role")}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value)}
            />
          </Group>
          {student && (
            <Alert color="blue" p="xs">
              {t("case.participants.studentHelp")}
            </Alert>
          )}
          <Group align="flex-end">
            {student && (
              <>
                <TextInput
                  type="date"
                  label={t("case.participants.consent")}
                  value={consent}
                  onChange={(e) => setConsent(e.currentTarget.value)}
                  max={todayIso()}
                />
                <TextInput
                  type="date"
                  label={t("case.participants.pledge")}
                  value={pledge}
                  onChange={(e) => setPledge(e.currentTarget.value)}
                  max={todayIso()}
                />
              </>
            )}
            <Button loading={add.isPending} disabled={link === "user" ? !userId : !personId} onClick={submit}>
              {t("case.participants.add")}
            </Button>
          </Group>
          <RefusedAlert error={add.error ?? remove.error} />
        </Stack>
      )}
    </SectionCard>
  );
}
