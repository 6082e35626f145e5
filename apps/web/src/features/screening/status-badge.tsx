import { Badge } from "@mantine/core";
import type { TScreeningHit, TSubjectScreening } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";

const SUBJECT_COLORS: Record<TSubjectScreening["status"], string> = {
  not_screened: "gray",
  clear: "green",
  pending_review: "yellow",
  escalated: "orange",
  true_match: "red",
};

const HIT_COLORS: Record<TScreeningHit["status"], string> = {
  pending: "yellow",
  escalated: "orange",
  true_match: "red",
  false_positive: "green",
  delisted: "gray",
};

export function SubjectStatusBadge({ status }: { status: TSubjectScreening["status"] }) {
  const { t } = useI18n();
  return (
    <Badge color={SUBJECT_COLORS[status]} variant="filled" data-testid="screening-status">
      {t(`screening.status.${status}`)}
    </Badge>
  );
}

export function HitStatusBadge({ status }: { status: TScreeningHit["status"] }) {
  const { t } = useI18n();
  return (
    <Badge color={HIT_COLORS[status]} variant="light">
      {t(`screening.hitStatus.${status}`)}
    </Badge>
  );
}

export function ScoreBadge({ score, isMatch }: { score: number; isMatch: boolean }) {
  return (
    <Badge color={isMatch ? "red" : "gray"} variant={isMatch ? "filled" : "outline"}>
      {score.toFixed(2)}
    </Badge>
  );
}
