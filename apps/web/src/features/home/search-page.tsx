import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import type { SearchKind, TSearchHit } from "@renkei/contract";
import { Link, useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useSearch } from "./api";

const KIND_LABEL: Record<SearchKind, MessageKey> = {
  partner: "nav.partners",
  person: "nav.people",
  case: "nav.cases",
  review: "nav.ecReviews",
  classification: "nav.ecClassifications",
  trip: "nav.trips",
  visitor: "nav.visitors",
};

/** Results of the header's search box, grouped by kind; each hit opens its page. */
export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  const result = useSearch(q);
  const groups = new Map<SearchKind, TSearchHit[]>();
  for (const hit of result.data?.hits ?? []) {
    groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  }
  return (
    <Stack>
      <PageTitle title={t("search.title", { q })} description={t("search.scope")} />
      {q && result.isPending && <Loading />}
      {result.isError && <ErrorAlert error={result.error} />}
      {result.data && groups.size === 0 && <Text>{t("search.none")}</Text>}
      {[...groups].map(([kind, hits]) => (
        <Paper key={kind} withBorder p="md" data-testid={`search-${kind}`}>
          <Title order={2} size="h5" mb="xs">
            {t(KIND_LABEL[kind])}
          </Title>
          <Stack gap={4}>
            {hits.map((h) => (
              <Text key={h.id} size="sm">
                <Anchor component={Link} to={h.to}>
                  {h.ref ? `${h.ref} ` : ""}
                  {h.title}
                </Anchor>
                {h.detail && (
                  <Text span c="dimmed" size="sm">
                    {" "}
                    — {h.detail}
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
