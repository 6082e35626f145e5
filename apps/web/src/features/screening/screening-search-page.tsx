import { Alert, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { MatchCard } from "./match-card";
import { useSearch } from "./queries";

/** リスト照合（随時確認）: one name against every imported list, with explained candidates. */
export function ScreeningSearchPage() {
  const { t, listSep, paren } = useI18n();
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const search = useSearch();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) {
      search.mutate({ name: name.trim(), country: country.trim() ? country.trim().toUpperCase() : null });
    }
  };
  const r = search.data;
  const hits = r?.matches.filter((m) => m.isMatch) ?? [];
  const lists = r ? Object.entries(r.listVersions).map(([l, v]) => `${l}${paren(v)}`) : [];

  return (
    <Stack maw={1000}>
      <PageTitle title={t("screening.search.title")} description={t("screening.search.help")} />
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} aria-label={t("screening.search.title")}>
          <Group align="flex-end">
            <TextInput
              label={t("screening.search.name")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 260 }}
              required
            />
            <TextInput
              label={t("screening.search.country")}
              value={country}
              onChange={(e) => setCountry(e.currentTarget.value)}
              maxLength={2}
              w={170}
            />
            <Button type="submit" loading={search.isPending}>
              {t("screening.search.submit")}
            </Button>
          </Group>
        </form>
      </Paper>
      {search.isError && <ErrorAlert error={search.error} />}
      {r && lists.length === 0 && <Alert color="yellow">{t("screening.search.noLists")}</Alert>}
      {r && lists.length > 0 && (
        <Stack gap="sm" aria-live="polite">
          <Alert color={hits.length > 0 ? "red" : "green"} role="status">
            {hits.length > 0
              ? t("screening.search.matches", { n: hits.length, threshold: r.threshold })
              : t("screening.search.noMatch", { threshold: r.threshold })}
          </Alert>
          <Text size="xs" c="dimmed">
            {t("screening.search.versions", { lists: lists.join(listSep) })} ·{" "}
            {t("screening.search.engine", { engine: r.engineVersion, config: r.configVersion })}
          </Text>
          {r.matches.map((m) => (
            <MatchCard key={`${m.list}-${m.sourceId}`} match={m} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
