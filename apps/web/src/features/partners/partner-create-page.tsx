import { Stack } from "@mantine/core";
import { useNavigate } from "react-router-dom";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { PartnerForm } from "./partner-form";
import { EMPTY_PARTNER } from "./partner-form-values";
import { useCreatePartner } from "./queries";

export function PartnerCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreatePartner();
  return (
    <Stack maw={1100}>
      <PageTitle title={t("partner.createTitle")} />
      <PartnerForm
        initial={EMPTY_PARTNER}
        submitLabel={t("common.save")}
        saving={create.isPending}
        serverErrors={serverFieldErrors(create.error)}
        submitError={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: ({ id }) => navigate(`/partners/${id}`, { state: { created: true } }),
          })
        }
        onCancel={() => navigate("/partners")}
      />
    </Stack>
  );
}
