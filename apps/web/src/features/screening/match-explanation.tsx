import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { readReason } from "../../lib/reasons";

interface TokenPair {
  query: string;
  candidate: string;
  kind: string;
  score: number;
  distance?: number;
}
interface Rule {
  rule: string;
  effect: string;
  detail: string;
}
/** The engine's explanation (domain NameExplanation + entry rules), read defensively. */
export interface Explanation {
  method?: string;
  queryKey?: string;
  candidateKey?: string;
  matched?: TokenPair[];
  missingQuery?: string[];
  missingCandidate?: string[];
  rules?: Rule[];
  entryRules?: Rule[];
  baseScore?: number;
  /** Cross-script matches: the transliteration conventions used, as domain reasons (ja/en + citation). */
  reasons?: unknown[];
}

/** "Why it matched": which name parts matched how, and which rules moved the score (issue 3). */
export function MatchExplanation({ explanation }: { explanation: unknown }) {
  const { t, locale, paren } = useI18n();
  const e = (explanation ?? {}) as Explanation;
  const conventions = Array.isArray(e.reasons) ? e.reasons.map(readReason) : [];
  const known = (key: string): key is MessageKey => t(key as MessageKey) !== key;
  const text = (key: string, fallback: string) => (known(key) ? t(key as MessageKey) : fallback);
  const rules = [...(e.rules ?? []), ...(e.entryRules ?? [])];
  return (
    <Stack gap={6} data-testid="match-explanation">
      <Text size="xs" fw={600}>
        {t("screening.explain.title")}: {text(`screening.explain.method.${e.method}`, e.method ?? "")}
        {e.queryKey && (
          <Text span size="xs" c="dimmed" ml={6}>
            {e.queryKey} ⇄ {e.candidateKey}
          </Text>
        )}
      </Text>
      {e.matched && e.matched.length > 0 ? (
        <Table withRowBorders={false} verticalSpacing={2} fz="xs" aria-label={t("screening.explain.pairs")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("screening.explain.query")}</Table.Th>
              <Table.Th>{t("screening.explain.candidate")}</Table.Th>
              <Table.Th>{t("screening.explain.kind")}</Table.Th>
              <Table.Th ta="right">{t("screening.match.score")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {e.matched.map((p) => (
              <Table.Tr key={`${p.query}\u0000${p.candidate}\u0000${p.kind}`}>
                <Table.Td>{p.query}</Table.Td>
                <Table.Td>{p.candidate}</Table.Td>
                <Table.Td>
                  {text(`screening.kind.${p.kind}`, p.kind)}
                  {p.distance ? ` (${p.distance})` : ""}
                </Table.Td>
                <Table.Td ta="right">{p.score.toFixed(2)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        e.method !== "exact" &&
        e.method !== "native" && (
          <Text size="xs" c="dimmed">
            {t("screening.explain.noPairs")}
          </Text>
        )
      )}
      {conventions.length > 0 && (
        <Stack gap={0} aria-label={t("screening.explain.conventions")}>
          <Text size="xs">{t("screening.explain.conventions")}:</Text>
          {conventions.map((r) => (
            <Text key={`${r.ruleId}:${r.text.en}`} size="xs">
              {r.text[locale]}{" "}
              <Text span size="xs" c="dimmed">
                {paren(r.citation[locale])}
              </Text>
            </Text>
          ))}
        </Stack>
      )}
      {(e.missingQuery?.length ?? 0) > 0 && (
        <Text size="xs">
          {t("screening.explain.missingQuery")}: {e.missingQuery!.join(", ")}
        </Text>
      )}
      {(e.missingCandidate?.length ?? 0) > 0 && (
        <Text size="xs">
          {t("screening.explain.missingCandidate")}: {e.missingCandidate!.join(", ")}
        </Text>
      )}
      {rules.length > 0 && (
        <Group gap={4}>
          <Text size="xs">{t("screening.explain.rules")}:</Text>
          {rules.map((r) => (
            <Badge
              key={`${r.rule}-${r.detail}`}
              size="xs"
              variant="light"
              color={r.effect.startsWith("+") ? "teal" : "orange"}
            >
              {text(`screening.rule.${r.rule}`, r.rule)} {r.effect}
              {r.detail ? ` (${r.detail})` : ""}
            </Badge>
          ))}
        </Group>
      )}
      {e.baseScore !== undefined && rules.length > 0 && (
        <Text size="xs" c="dimmed">
          {t("screening.explain.baseScore", { score: e.baseScore.toFixed(2) })}
        </Text>
      )}
    </Stack>
  );
}
