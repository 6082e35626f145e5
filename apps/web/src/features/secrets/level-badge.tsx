import { Badge } from "@mantine/core";
import type { TSecretSettings } from "@renkei/contract";
import { DEFAULT_SECRET_SCHEME } from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { useI18n } from "../../lib/i18n";

const COLORS = ["gray", "yellow", "orange", "red"] as const;

/** The institution's scheme (level names are configurable, issue 12 item 1). */
export function useSecretScheme() {
  const q = useQuery({
    queryKey: ["secrets", "settings"],
    queryFn: () => api.get<TSecretSettings>("/secrets/settings"),
    staleTime: 300_000,
    retry: false,
  });
  return q.data?.scheme ?? DEFAULT_SECRET_SCHEME;
}

export function LevelBadge({ level }: { level: number }) {
  const { label } = useI18n();
  const scheme = useSecretScheme();
  const rule = scheme.levels[level];
  return (
    <Badge color={COLORS[level] ?? "gray"} variant={level >= 2 ? "filled" : "light"}>
      {rule ? label(rule.name) : String(level)}
    </Badge>
  );
}
