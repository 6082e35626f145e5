import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { EC_POST_LABELS, EC_POSTS } from "@renkei/domain";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useAppointments } from "./appointments";

/** The current holders of the export-control posts, on the office's home page (C1); vacant is said. */
export function AppointmentsCard() {
  const { t, label, date, paren } = useI18n();
  const can = useCan();
  const show = can("ec.records.read");
  const appts = useAppointments(show);
  if (!show || !appts.data) {
    return null;
  }
  return (
    <Paper withBorder p="md" data-testid="home-appointments">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("ecr.appt.current")}
        </Title>
        <Anchor component={Link} to="/export-control/appointments" size="sm">
          {t("ecr.appt.history")}
        </Anchor>
      </Group>
      <Stack gap={4}>
        {EC_POSTS.map((post) => {
          const a = appts.data.items.find((x) => x.post === post && x.current);
          return (
            <Group key={post} gap="xs">
              <Text size="sm" fw={600} w={200}>
                {label(EC_POST_LABELS[post])}
              </Text>
              <Text size="sm" c={a ? undefined : "red"}>
                {a
                  ? `${a.user.displayName}${paren(t("ecr.appt.since", { date: date(a.fromDate) }))}`
                  : t("ecr.appt.vacant")}
              </Text>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
