import { Paper, Stack } from "@mantine/core";
import { useNavigate } from "react-router-dom";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { licencesApi, type TLicenceInput } from "./api";
import { LicenceForm } from "./licence-form";
import { useLicenceMutation } from "./queries";

export function LicenceCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useLicenceMutation((input: TLicenceInput) => licencesApi.create(input));
  return (
    <Stack maw={900}>
      <PageTitle title={t("licences.new")} description={t("licences.newHelp")} />
      <Paper withBorder p="lg">
        <LicenceForm
          pending={create.isPending}
          error={create.error}
          onCancel={() => navigate("/licences")}
          onSubmit={(input, setErrors) =>
            create.mutate(input, {
              onSuccess: (l) => navigate(`/licences/${l.id}`),
              onError: (err) => setErrors(serverFieldErrors(err)),
            })
          }
        />
      </Paper>
    </Stack>
  );
}
