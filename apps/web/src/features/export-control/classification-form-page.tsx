import { Anchor, Stack } from "@mantine/core";
import type { TClassificationDetail } from "@renkei/contract";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { LabPrefillNote, type LabPrefillState, useLabPrefill } from "../desk/lab-prefill";
import {
  ClassificationForm,
  type ClassificationFormValues,
  EMPTY_CLASSIFICATION,
} from "./classification-form";
import { useClassification, useSaveClassification } from "./queries";

function toValues(d: TClassificationDetail): ClassificationFormValues {
  return {
    itemKind: d.itemKind,
    name: d.name,
    model: d.model ?? "",
    manufacturer: d.manufacturer ?? "",
    description: d.description,
    listItem: d.listItem ?? "",
    listClause: d.listClause ?? "",
    determination: d.determination,
    parameters: d.parameters,
    basis: d.basis,
    assessedOn: d.assessedOn,
  };
}

/** A new record starts from the lab's listed technology (the researcher's lab profile), if any. */
function fromLab(lab: LabPrefillState): ClassificationFormValues {
  const c = lab.entry?.classification;
  return c
    ? {
        ...EMPTY_CLASSIFICATION,
        itemKind: c.itemKind,
        name: c.name,
        description: c.description,
        listItem: c.listItem ?? "",
        listClause: c.listClause ?? "",
      }
    : EMPTY_CLASSIFICATION;
}

export function ClassificationCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const save = useSaveClassification();
  const lab = useLabPrefill();
  if (lab.loading) {
    return <Loading />;
  }
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/export-control/classifications" size="sm">
        ← {t("ec.cl.title")}
      </Anchor>
      <PageTitle title={t("ec.cl.new")} description={t("ec.cl.help")} />
      <LabPrefillNote lab={lab} />
      <ClassificationForm
        key={lab.key}
        initial={fromLab(lab)}
        saving={save.isPending}
        serverErrors={serverFieldErrors(save.error)}
        submitError={save.error}
        onSubmit={(input) =>
          save.mutate(
            { input },
            {
              onSuccess: ({ id }) =>
                navigate(`/export-control/classifications/${id}`, { state: { created: true } }),
            },
          )
        }
        onCancel={() => navigate("/export-control/classifications")}
      />
    </Stack>
  );
}

export function ClassificationEditPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const record = useClassification(id);
  const save = useSaveClassification(id);
  if (record.isPending) {
    return <Loading />;
  }
  if (record.isError) {
    return <ErrorAlert error={record.error} />;
  }
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to={`/export-control/classifications/${id}`} size="sm">
        ← {record.data.refNo}
      </Anchor>
      <PageTitle title={t("ec.cl.edit")} />
      <ClassificationForm
        initial={toValues(record.data)}
        saving={save.isPending}
        serverErrors={serverFieldErrors(save.error, "classification.")}
        submitError={save.error}
        onSubmit={(input) =>
          save.mutate(
            { input, version: record.data.version },
            { onSuccess: () => navigate(`/export-control/classifications/${id}`) },
          )
        }
        onCancel={() => navigate(`/export-control/classifications/${id}`)}
      />
    </Stack>
  );
}
