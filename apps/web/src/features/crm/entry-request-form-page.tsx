import { Button, Group, Paper, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { type TEntryRequestInput, ZEntryRequestInput } from "@renkei/contract";
import { ENTRY_REQUEST_KIND_LABELS, ENTRY_REQUEST_KINDS, type EntryRequestKind } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";
import { CountryPicker } from "../../components/ui/country-picker";
import { EntityPicker } from "../../components/ui/entity-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { crmApi } from "./api";
import { submitChecked } from "./crm-form";
import { useCrmMutation } from "./queries";

/** A department asks the office to enter a partner or a contact person (seed 001 事例20). */
export function EntryRequestFormPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const navigate = useNavigate();
  const [kind, setKind] = useState<EntryRequestKind>("partner");
  const [organisationName, setOrganisationName] = useState("");
  const [country, setCountry] = useState("");
  const [personName, setPersonName] = useState("");
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [details, setDetails] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const file = useCrmMutation((input: TEntryRequestInput) => crmApi.fileRequest(input));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input: TEntryRequestInput = {
      kind,
      organisationName,
      country: country || null,
      personName: kind === "contact" ? personName : null,
      partnerId: kind === "contact" ? partnerId : null,
      details,
    };
    submitChecked(ZEntryRequestInput, input, file, setErrors, () => navigate("/crm/requests"));
  };

  return (
    <Stack>
      <PageTitle title={t("crm.req.newTitle")} description={t("crm.req.help")} />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate maw={720}>
        <Stack>
          <Select
            label={t("crm.req.kind")}
            required
            allowDeselect={false}
            value={kind}
            onChange={(v) => v && setKind(v as EntryRequestKind)}
            data={ENTRY_REQUEST_KINDS.map((k) => ({ value: k, label: label(ENTRY_REQUEST_KIND_LABELS[k]) }))}
          />
          <TextInput
            label={t("crm.req.organisation")}
            required
            value={organisationName}
            onChange={(e) => setOrganisationName(e.currentTarget.value)}
            {...fieldError(errors, "organisationName", i18n)}
          />
          <CountryPicker
            label={t("crm.req.country")}
            value={country}
            onChange={setCountry}
            {...fieldError(errors, "country", i18n)}
          />
          {kind === "contact" && (
            <>
              <TextInput
                label={t("crm.req.person")}
                required
                value={personName}
                onChange={(e) => setPersonName(e.currentTarget.value)}
                {...fieldError(errors, "personName", i18n)}
              />
              <EntityPicker
                kind="partner"
                label={t("crm.req.partner")}
                value={partnerId}
                onChange={(id, shown) => {
                  setPartnerId(id);
                  if (id && shown && organisationName === "") {
                    setOrganisationName(shown);
                  }
                }}
                {...fieldError(errors, "partnerId", i18n)}
              />
            </>
          )}
          <Textarea
            label={t("crm.req.details")}
            autosize
            minRows={4}
            value={details}
            onChange={(e) => setDetails(e.currentTarget.value)}
            {...fieldError(errors, "details", i18n)}
          />
          {file.error && <ErrorAlert error={file.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={file.isPending}>
              {t("crm.req.send")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
