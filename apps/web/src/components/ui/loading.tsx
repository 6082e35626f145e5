import { Center, Loader } from "@mantine/core";
import { useI18n } from "../../lib/i18n";

export function Loading() {
  const { t } = useI18n();
  return (
    <Center p="xl">
      <Loader aria-label={t("common.loading")} />
    </Center>
  );
}
