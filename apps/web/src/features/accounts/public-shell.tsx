import { Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { LanguageSwitch } from "../../components/ui/language-switch";
import { Loading } from "../../components/ui/loading";
import { useI18n } from "../../lib/i18n";
import { useSessionQuery } from "../auth/session";

/** The frame of the pages a person reaches before signing in (reset, set password). */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  // A signed-in person may open these pages too; their browser then sends the session cookie, so every
  // write needs the session's CSRF token. Loading the session first sets it (or learns there is none).
  const session = useSessionQuery();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={460} maw="100%">
        <Stack>
          <div>
            <Text fw={700} c="indigo.8">
              {t("app.name")}
            </Text>
            <Title order={1} size="h3">
              {title}
            </Title>
          </div>
          {session.isPending ? <Loading /> : children}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
