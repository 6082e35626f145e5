import { Alert, Anchor, Button, Stack, Table, Text, Title } from "@mantine/core";
import type { TLabProfile } from "@renkei/contract";
import { readsEveryLabProfile } from "@renkei/domain";
import { Link, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { deskApi } from "./api";
import { LabProfileForm } from "./lab-profile-form";
import { useDeskMutation, useLabProfile, useLabProfiles } from "./queries";

function Confirmation({ p }: { p: TLabProfile }) {
  const { t, date } = useI18n();
  const can = useCan();
  const confirm = useDeskMutation(() => deskApi.confirmLabProfile(p.head.id, p.version));
  return (
    <Alert color={p.confirmed ? "green" : "yellow"}>
      <Stack gap="xs">
        <Text size="sm">
          {p.confirmed
            ? t("lab.confirmed", { name: p.confirmedBy?.displayName ?? "—", date: date(p.confirmedAt) })
            : t("lab.unconfirmed")}
        </Text>
        {!p.confirmed && can("lab_profile.confirm") && (
          <Button
            size="xs"
            w="fit-content"
            loading={confirm.isPending}
            onClick={() => confirm.mutate(undefined)}
          >
            {t("lab.confirm")}
          </Button>
        )}
        {confirm.error && <ErrorAlert error={confirm.error} />}
      </Stack>
    </Alert>
  );
}

/** A lab head's own profile (`/desk/lab`), or any lab's for the office (`/desk/lab/:userId`). */
export function LabProfilePage() {
  const { t } = useI18n();
  const can = useCan();
  const user = useCurrentUser();
  const { userId = user.id } = useParams();
  const profile = useLabProfile(userId);
  const all = useLabProfiles(readsEveryLabProfile({ role: user.role, can }));
  const mayEdit = can("lab_profile.write") && (userId === user.id || can("lab_profile.confirm"));
  return (
    <Stack>
      <PageTitle title={t("lab.title")} description={t("lab.help")} />
      {profile.isPending && <Loading />}
      {profile.isError && <ErrorAlert error={profile.error} />}
      {profile.data?.profile && <Confirmation p={profile.data.profile} />}
      {profile.data && mayEdit && (
        <LabProfileForm
          // Per lab, not per version: a save must not remount the form (it would lose "saved").
          key={userId}
          profile={profile.data.profile}
          {...(userId === user.id ? {} : { headUserId: userId })}
        />
      )}
      {all.data && all.data.items.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("lab.all")}
          </Title>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("lab.labName")}</Table.Th>
                <Table.Th>{t("lab.head")}</Table.Th>
                <Table.Th>{t("desk.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/desk/lab/${p.head.id}`}>
                      {p.labName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.head.displayName}</Table.Td>
                  <Table.Td>{p.confirmed ? "✓" : t("lab.unconfirmed")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
