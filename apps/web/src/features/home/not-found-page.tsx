import { Alert, Anchor, Stack } from "@mantine/core";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack maw={560}>
      <Alert color="yellow">{t("error.NOT_FOUND")}</Alert>
      <Anchor component={Link} to="/">
        {t("nav.home")}
      </Anchor>
    </Stack>
  );
}
