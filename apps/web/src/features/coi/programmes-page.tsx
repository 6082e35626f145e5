import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { RefusedAlert } from "../cases/section-card";
import { programmeApi, type TProgrammeSummary, useProgrammes } from "./programme-api";
import { useCoiMutation } from "./queries";

export interface ProgrammeFields {
  name: string;
  funder: string;
  flagged: boolean;
  technologyFields: string[];
  notes: string;
}

export const EMPTY_PROGRAMME: ProgrammeFields = {
  name: "",
  funder: "",
  flagged: true,
  technologyFields: [],
  notes: "",
};

/** The programme's own fields: used to register one and to edit it on its page. */
export function ProgrammeForm(props: {
  initial: ProgrammeFields;
  submitLabel: string;
  pending: boolean;
  onSubmit(v: ProgrammeFields): void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(props.initial);
  return (
    <Stack gap="xs">
      <TextInput
        label={t("coi.prog.name")}
        required
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.prog.funder")}
        value={v.funder}
        onChange={(e) => setV({ ...v, funder: e.currentTarget.value })}
      />
      <Checkbox
        label={t("coi.prog.flagged")}
        checked={v.flagged}
        onChange={(e) => setV({ ...v, flagged: e.currentTarget.checked })}
      />
      <TagsInput
        label={t("coi.prog.fields")}
        value={v.technologyFields}
        onChange={(technologyFields) => setV({ ...v, technologyFields })}
      />
      <Textarea
        label={t("coi.prog.notes")}
        value={v.notes}
        onChange={(e) => setV({ ...v, notes: e.currentTarget.value })}
      />
      <Button onClick={() => props.onSubmit(v)} loading={props.pending} disabled={!v.name.trim()}>
        {props.submitLabel}
      </Button>
    </Stack>
  );
}

/** The register of flagged programmes (J7): their fields, cases, reviews and open conditions. */
export function ProgrammesPage() {
  const { t, listSep } = useI18n();
  const list = useProgrammes();
  const navigate = useNavigate();
  const create = useCoiMutation((body: ProgrammeFields) => programmeApi.create(body));
  if (list.isPending) {
    return <Loading />;
  }
  if (list.error) {
    return <ErrorAlert error={list.error} />;
  }
  return (
    <Stack>
      <PageTitle title={t("coi.prog.title")} description={t("coi.prog.help")} />
      <DataTable<TProgrammeSummary>
        rows={list.data.items}
        rowKey={(p) => p.id}
        fileName="programmes"
        columns={[
          {
            key: "name",
            header: t("coi.prog.name"),
            value: (p) => p.name,
            render: (p) => (
              <Anchor component={Link} to={`/coi/programmes/${p.id}`}>
                {p.name}
              </Anchor>
            ),
          },
          { key: "funder", header: t("coi.prog.funder"), value: (p) => p.funder },
          {
            key: "fields",
            header: t("coi.prog.fields"),
            value: (p) => p.technologyFields.join(listSep),
            render: (p) =>
              p.technologyFields.map((f) => (
                <Badge key={f} variant="light" mr={4}>
                  {f}
                </Badge>
              )),
          },
          { key: "cases", header: t("coi.prog.cases"), value: (p) => p.caseCount, width: 90 },
          { key: "reviews", header: t("coi.prog.reviews"), value: (p) => p.reviewCount, width: 90 },
          { key: "open", header: t("coi.prog.openMitigations"), value: (p) => p.openMitigations, width: 110 },
        ]}
      />
      <Card withBorder>
        <Title order={4}>{t("coi.prog.new")}</Title>
        <ProgrammeForm
          initial={EMPTY_PROGRAMME}
          submitLabel={t("coi.prog.new")}
          pending={create.isPending}
          onSubmit={(v) => create.mutate(v, { onSuccess: (r) => navigate(`/coi/programmes/${r.id}`) })}
        />
        <RefusedAlert error={create.error} />
      </Card>
    </Stack>
  );
}
