import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TProgrammeView } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { casesApi } from "../cases/api";
import { ReasonList } from "../cases/reason-list";
import { RefusedAlert } from "../cases/section-card";
import { programmeApi, useProgramme } from "./programme-api";
import { ProgrammeForm } from "./programmes-page";
import { useCoiMutation } from "./queries";

type Subject = TProgrammeView["subjects"][number];
const TIER_COLOR: Record<string, string> = { low: "green", elevated: "orange", high: "red" };

/** Finds a case by title or number and links it (the server refuses another institution's case). */
function CaseLinker({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["cases", "search", q],
    queryFn: () => casesApi.board({ q, perStage: 10 }),
    enabled: q.trim().length >= 2,
  });
  const link = useCoiMutation((caseId: string) => programmeApi.link(programmeId, caseId));
  const options = (found.data?.columns ?? []).flatMap((c) =>
    c.items.map((i) => ({ value: i.id, label: `${i.ref} ${i.title}` })),
  );
  return (
    <Stack gap={4}>
      <Group align="end">
        <TextInput label={t("coi.prog.caseSearch")} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <Select
          aria-label={t("coi.prog.cases")}
          data={options}
          placeholder={t("coi.prog.link")}
          onChange={(v) => v && link.mutate(v)}
          value={null}
        />
      </Group>
      <RefusedAlert error={link.error} />
    </Stack>
  );
}

/** The officer's findings for one review; the facts from screening and the profile the server reads. */
function ReviewForm({ programmeId, subject, done }: { programmeId: string; subject: Subject; done(): void }) {
  const { t } = useI18n();
  const [v, setV] = useState({
    finding: "",
    foundOn: "",
    institution: "",
    reason: "",
    note: "",
    citation: "",
  });
  const save = useCoiMutation(() =>
    programmeApi.review(programmeId, {
      subjectRole: subject.subjectRole,
      subjectUserId: subject.userId,
      subjectPersonId: subject.personId,
      misconduct: v.finding ? [{ finding: v.finding, foundOn: v.foundOn }] : [],
      backgroundConcerns: v.institution ? [{ institution: v.institution, reason: v.reason }] : [],
      evidence: v.note ? [{ note: v.note, citation: v.citation }] : [],
    }),
  );
  const field = (key: keyof typeof v, label: MessageKey, type = "text") => (
    <TextInput
      label={t(label)}
      type={type}
      value={v[key]}
      onChange={(e) => setV({ ...v, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group grow>
          {field("finding", "coi.prog.misconduct")}
          {field("foundOn", "coi.prog.misconductOn", "date")}
        </Group>
        <Group grow>
          {field("institution", "coi.prog.background")}
          {field("reason", "coi.prog.backgroundReason")}
        </Group>
        <Group grow>
          {field("note", "coi.prog.evidence")}
          {field("citation", "coi.prog.citation")}
        </Group>
        <ConfirmButton
          w="fit-content"
          title={t("coi.prog.confirm")}
          onConfirm={() => save.mutate(undefined, { onSuccess: done })}
          loading={save.isPending}
        >
          {t("coi.prog.review")}
        </ConfirmButton>
        <RefusedAlert error={save.error} />
      </Stack>
    </Card>
  );
}

function SubjectRow({ programmeId, s }: { programmeId: string; s: Subject }) {
  const { t, listSep } = useI18n();
  const [open, setOpen] = useState(false);
  const mark = useCoiMutation((a: { index: number; status: string; version: number; id: string }) =>
    programmeApi.mitigation(a.id, { version: a.version, index: a.index, status: a.status }),
  );
  const r = s.review;
  return (
    <Table.Tr>
      <Table.Td>
        {s.name}
        <Text size="xs" c="dimmed">
          {t(`coi.role.${s.subjectRole}` as MessageKey)} ・ {s.caseTitles.join(listSep)}
        </Text>
      </Table.Td>
      <Table.Td>
        {r ? (
          <Stack gap={4}>
            <Badge color={r.tier ? TIER_COLOR[r.tier] : "gray"}>
              {t(`coi.tier.${r.tier ?? "none"}` as MessageKey)}
            </Badge>
            <ReasonList reasons={r.reasons} />
          </Stack>
        ) : (
          <Text c="dimmed">{t("coi.prog.notReviewed")}</Text>
        )}
      </Table.Td>
      <Table.Td>
        {r?.mitigations.map((m, index) => (
          <Group key={m.condition} gap={4}>
            <Text size="sm" td={m.status === "met" ? "line-through" : undefined}>
              {t(`coi.mit.${m.condition}` as MessageKey)}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              loading={mark.isPending}
              onClick={() =>
                mark.mutate({
                  id: r.id,
                  version: r.version,
                  index,
                  status: m.status === "met" ? "open" : "met",
                })
              }
            >
              {m.status === "met" ? t("coi.prog.reopen") : t("coi.prog.met")}
            </Button>
          </Group>
        ))}
        <RefusedAlert error={mark.error} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" onClick={() => setOpen(!open)}>
          {t("coi.prog.review")}
        </Button>
        {open && <ReviewForm programmeId={programmeId} subject={s} done={() => setOpen(false)} />}
      </Table.Td>
    </Table.Tr>
  );
}

/** One programme: its fields, linked cases and funding, and each person's review (J7, J8). */
export function ProgrammePage() {
  const { id = "" } = useParams();
  const { t, locale } = useI18n();
  const p = useProgramme(id);
  const save = useCoiMutation((body: object) => programmeApi.save(id, body));
  const unlink = useCoiMutation((caseId: string) => programmeApi.unlink(id, caseId));
  if (p.isPending) {
    return <Loading />;
  }
  if (p.error) {
    return <ErrorAlert error={p.error} />;
  }
  const d = p.data;
  return (
    <Stack>
      <PageTitle title={d.name} description={d.nationalityStatement[locale]} />
      <Card withBorder>
        <ProgrammeForm
          key={d.version}
          initial={d}
          submitLabel={t("coi.prog.save")}
          pending={save.isPending}
          onSubmit={(v) => save.mutate({ ...v, version: d.version })}
        />
        <RefusedAlert error={save.error} />
      </Card>
      <Title order={4}>{t("coi.prog.cases")}</Title>
      {d.cases.map((c) => (
        <Group key={c.id}>
          <Anchor component={Link} to={`/cases/${c.id}`}>
            {c.ref} {c.title}
          </Anchor>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => unlink.mutate(c.id)}>
            {t("coi.prog.unlink")}
          </Button>
        </Group>
      ))}
      <CaseLinker programmeId={id} />
      {d.funding.length > 0 && (
        <>
          <Title order={4}>{t("coi.prog.funding")}</Title>
          {d.funding.map((f) => (
            <Anchor key={f.id} component={Link} to={`/coi/funding/${f.id}`}>
              {f.applicantName} {f.programme}
            </Anchor>
          ))}
        </>
      )}
      <Title order={4}>{t("coi.prog.subjects")}</Title>
      <Table>
        <Table.Tbody>
          {d.subjects.map((s) => (
            <SubjectRow key={`${s.userId ?? s.personId}-${s.subjectRole}`} programmeId={id} s={s} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
