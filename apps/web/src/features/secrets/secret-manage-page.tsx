import { Tabs } from "@mantine/core";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { SecretPrintTab, SecretReviewsTab } from "./secret-reviews-tab";
import { SecretSettingsTab } from "./secret-settings-tab";
import { SecretWallsTab } from "./secret-walls-tab";

/**
 * One section page for running the scheme (issue 12 items 1, 5, 9): walls, levels and thresholds, yearly
 * reviews and the printable register. Tabs follow the caller's permissions; the server decides anyway.
 */
export function SecretManagePage() {
  const { t } = useI18n();
  const can = useCan();
  const walls = can("secret.walls") || can("secret.manage");
  return (
    <>
      <PageTitle title={t("secrets.manage.title")} description={t("secrets.manage.help")} />
      <Tabs defaultValue={walls ? "walls" : "reviews"} keepMounted={false}>
        <Tabs.List mb="md">
          {walls && <Tabs.Tab value="walls">{t("secrets.tab.walls")}</Tabs.Tab>}
          <Tabs.Tab value="settings">{t("secrets.tab.settings")}</Tabs.Tab>
          <Tabs.Tab value="reviews">{t("secrets.tab.reviews")}</Tabs.Tab>
          <Tabs.Tab value="print">{t("secrets.tab.print")}</Tabs.Tab>
        </Tabs.List>
        {walls && (
          <Tabs.Panel value="walls">
            <SecretWallsTab />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="settings">
          <SecretSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="reviews">
          <SecretReviewsTab />
        </Tabs.Panel>
        <Tabs.Panel value="print">
          <SecretPrintTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
