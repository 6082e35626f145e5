import { Anchor, Paper, Stack } from "@mantine/core";
import { Link, useNavigate } from "react-router-dom";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { CaseCoreForm, emptyCase } from "./case-core-form";
import { useCreateCase } from "./queries";

export function CaseCreatePage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateCase();
  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        ← {t("cases.title")}
      </Anchor>
      <PageTitle title={t("case.createTitle")} description={t("case.createHelp")} />
      <Paper withBorder p="md">
        <CaseCoreForm
          initial={emptyCase(me.role === "researcher" ? me.id : null)}
          withPartners
          submitLabel={t("common.save")}
          pending={create.isPending}
          error={create.error}
          onCancel={() => navigate("/cases")}
          onSubmit={(values, setErrors) =>
            create.mutate(values, {
              onSuccess: ({ id }) => navigate(`/cases/${id}`, { state: { created: true } }),
              onError: (err) => setErrors(serverFieldErrors(err)),
            })
          }
        />
      </Paper>
    </Stack>
  );
}
