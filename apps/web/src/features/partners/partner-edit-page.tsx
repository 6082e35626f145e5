import { Stack } from "@mantine/core";
import { useNavigate, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { PartnerForm } from "./partner-form";
import { valuesFromDetail } from "./partner-form-values";
import { usePartner, useUpdatePartner } from "./queries";

/** Edit with optimistic locking: the version read is sent back; a 409 asks the user to reload. */
export function PartnerEditPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const partner = usePartner(id);
  const update = useUpdatePartner(id);

  if (partner.isPending) {
    return <Loading />;
  }
  if (partner.isError) {
    return <ErrorAlert error={partner.error} />;
  }
  const detail = partner.data;
  return (
    <Stack maw={1100}>
      <PageTitle title={t("partner.editTitle")} description={detail.legalName} />
      <PartnerForm
        key={detail.version}
        initial={valuesFromDetail(detail)}
        partnerId={detail.id}
        submitLabel={t("common.save")}
        saving={update.isPending}
        serverErrors={serverFieldErrors(update.error, "partner.")}
        submitError={update.error}
        onSubmit={(input) =>
          update.mutate(
            { version: detail.version, partner: input },
            { onSuccess: () => navigate(`/partners/${id}`) },
          )
        }
        onCancel={() => navigate(`/partners/${id}`)}
      />
    </Stack>
  );
}
