import { Anchor, Badge, Button, Paper, SimpleGrid, Stack, Table, TextInput, Title } from "@mantine/core";
import { ZMovePersonRequest } from "@renkei/contract";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import {
  type FieldErrors,
  fieldError,
  serverFieldErrors,
  todayIso,
  validateWith,
} from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { SubjectScreeningCard } from "../screening/subject-screening-card";
import { PartnerPicker } from "./partner-picker";
import { useMovePerson, usePerson } from "./queries";

function MoveForm({ personId }: { personId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const move = useMovePerson(personId);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [role, setRole] = useState("");
  const [movedOn, setMovedOn] = useState(todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input = { partnerId: partnerId ?? "", role, movedOn };
    const found = validateWith(ZMovePersonRequest, input);
    if (!partnerId) {
      found.partnerId = "validation.required";
    }
    setErrors(found);
    if (Object.keys(found).length === 0) {
      move.mutate(input, { onError: (err) => setErrors(serverFieldErrors(err)) });
    }
  };
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t("person.move")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {move.isSuccess && <Badge color="green">{t("person.moved")}</Badge>}
          {move.isError && Object.keys(errors).length === 0 && <ErrorAlert error={move.error} />}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <PartnerPicker
              label={t("person.moveTo")}
              withAsterisk
              value={partnerId}
              onChange={setPartnerId}
              {...fieldError(errors, "partnerId", i18n)}
            />
            <TextInput
              label={t("person.role")}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value)}
              {...fieldError(errors, "role", i18n)}
            />
            <TextInput
              type="date"
              label={t("person.movedOn")}
              value={movedOn}
              onChange={(e) => setMovedOn(e.currentTarget.value)}
              {...fieldError(errors, "movedOn", i18n)}
            />
          </SimpleGrid>
          <Button type="submit" w="fit-content" loading={move.isPending}>
            {t("person.move")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

export function PersonDetailPage() {
  const { t, date, country, rangeSep } = useI18n();
  const { id = "" } = useParams();
  const can = useCan();
  const person = usePerson(id);
  if (person.isPending) {
    return <Loading />;
  }
  if (person.isError) {
    return <ErrorAlert error={person.error} />;
  }
  const p = person.data;
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/people" size="sm">
        ← {t("people.title")}
      </Anchor>
      <PageTitle title={p.name} description={[p.nameKana, p.nameEn].filter(Boolean).join(" / ")} />
      <Paper withBorder p="lg">
        <DetailList
          items={[
            { label: t("person.name"), value: p.name },
            { label: t("person.nameKana"), value: p.nameKana },
            { label: t("person.nameEn"), value: p.nameEn },
            {
              label: t("person.nationality"),
              value: p.nationality ? `${country(p.nationality)} (${p.nationality})` : null,
            },
            { label: t("person.email"), value: p.email },
            { label: t("person.notes"), value: p.notes },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t("person.affiliations")}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("person.partner")}</Table.Th>
              <Table.Th>{t("person.role")}</Table.Th>
              <Table.Th>{t("partner.period")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.affiliations.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/partners/${a.partnerId}`}>
                    {a.partnerName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.role || "—"}</Table.Td>
                <Table.Td>
                  {date(a.startedOn) || "—"}
                  {rangeSep}
                  {date(a.endedOn)}
                </Table.Td>
                <Table.Td>
                  <Badge color={a.endedOn ? "gray" : "green"} variant="light">
                    {a.endedOn ? t("partner.former") : t("partner.current")}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <SubjectScreeningCard kind="person" id={p.id} />
      {can("partner.write") && <MoveForm personId={p.id} />}
    </Stack>
  );
}
