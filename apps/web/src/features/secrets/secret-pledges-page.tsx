import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { secretsApi } from "./api";

/** A student reads the current pledge and signs it for each case, themself (X7, J1, J2). */
export function SecretPledgesPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const mine = useQuery({ queryKey: ["secrets", "pledges"], queryFn: () => secretsApi.myPledges() });
  const [agreed, setAgreed] = useState(false);
  const sign = useMutation({
    mutationFn: (caseId: string) => secretsApi.sign(caseId, mine.data!.current!.id),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["secrets", "pledges"] }),
  });
  if (mine.isPending) {
    return <Loading />;
  }
  if (mine.isError) {
    return <ErrorAlert error={mine.error} />;
  }
  const current = mine.data.current;
  return (
    <>
      <PageTitle title={t("secrets.pledges.title")} description={t("secrets.pledges.help")} />
      {!current ? (
        <Text c="dimmed">{t("secrets.pledges.none")}</Text>
      ) : (
        <Stack>
          <Paper withBorder p="md">
            <Text style={{ whiteSpace: "pre-wrap" }}>
              {locale === "ja" ? current.bodyJa : current.bodyEn}
            </Text>
            <Checkbox
              mt="md"
              label={t("secrets.pledges.agree")}
              checked={agreed}
              onChange={(e) => setAgreed(e.currentTarget.checked)}
            />
          </Paper>
          {mine.data.cases.map((c) => (
            <Group key={c.caseId} justify="space-between">
              <Title order={2} size="h5">
                {c.ref} {c.title}
              </Title>
              {c.signedVersion === current.version ? (
                <Badge color="green">{t("secrets.pledges.signed", { v: c.signedVersion })}</Badge>
              ) : !c.required ? (
                <Badge color="gray">{t("secrets.pledges.notRequired")}</Badge>
              ) : (
                <Button disabled={!agreed} loading={sign.isPending} onClick={() => sign.mutate(c.caseId)}>
                  {t("secrets.pledges.sign")}
                </Button>
              )}
            </Group>
          ))}
          {sign.error ? <ErrorAlert error={sign.error} /> : null}
        </Stack>
      )}
    </>
  );
}
