import { Anchor, Stack } from "@mantine/core";
import type { TReviewDetail } from "@renkei/contract";
import { EMPTY_ANSWERS, factsToAnswers, unaskedFacts } from "@renkei/domain";
import { Link, useLocation, useNavigate, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { LabPrefillNote, useLabPrefill } from "../desk/lab-prefill";
import { useReview, useSaveReview } from "./queries";
import { ReviewForm, type ReviewFormValues } from "./review-form";

/** What the review form takes over from the case when a 取引審査 is filed from it. */
export interface ReviewFromCase {
  case: { id: string; ref: string; title: string };
  applicantId: string | null;
  counterpartyName: string;
  counterpartyCountry: string;
  /** The party of the case the review covers (issue 15: one decided review per foreign partner). */
  caseSubject: { kind: "partner" | "participant"; id: string } | null;
}

const EMPTY: ReviewFormValues = {
  title: "",
  description: "",
  applicantId: "",
  caseId: "",
  caseSubject: null,
  counterpartyName: "",
  counterpartyCountry: "",
  plannedOn: "",
  answers: EMPTY_ANSWERS,
  extraFacts: {},
  classificationIds: [],
  confirmedAccurate: false,
  notes: "",
};

function fromFacts(facts: Record<string, unknown>) {
  return { answers: factsToAnswers(facts), extraFacts: unaskedFacts(facts) };
}

function toValues(d: TReviewDetail): ReviewFormValues {
  const selfCheck = d.selfCheck as { confirmedAccurate?: boolean; notes?: string };
  return {
    title: d.title,
    description: d.description,
    applicantId: d.applicant.id,
    caseId: d.caseId ?? "",
    counterpartyName: d.counterpartyName ?? "",
    counterpartyCountry: d.counterpartyCountry ?? "",
    plannedOn: d.plannedOn ?? "",
    ...fromFacts(d.facts),
    classificationIds: d.classifications.map((c) => c.id),
    confirmedAccurate: selfCheck.confirmedAccurate === true,
    notes: selfCheck.notes ?? "",
  };
}

/** New review, possibly carried over from the check page (facts and picked classification). */
export function ReviewCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveReview();
  const carried = location.state as {
    facts?: Record<string, unknown>;
    classificationIds?: string[];
    fromCase?: ReviewFromCase;
  } | null;
  const facts = carried?.facts ?? {};
  const endUser = (facts.endUser ?? {}) as { name?: string; country?: string };
  const fromCase = carried?.fromCase;
  // A fresh form (not carried over from the check page or a case) starts from the lab profile.
  const lab = useLabPrefill(!carried);
  const can = useCan();
  const me = useCurrentUser();
  if (lab.loading) {
    return <Loading />;
  }
  const pre = lab.entry?.review;
  // Starting from a chosen researcher's lab is entering the review for them: they are the applicant.
  const forHead = lab.head && lab.head.value !== me.id && can("export.review.proxy") ? lab.head.value : null;
  const initial: ReviewFormValues = {
    ...EMPTY,
    ...(pre ? { description: pre.description, ...fromFacts(pre.facts) } : {}),
    ...(forHead ? { applicantId: forHead } : {}),
    ...(carried?.facts ? fromFacts(carried.facts) : {}),
    counterpartyName: endUser.name ?? fromCase?.counterpartyName ?? "",
    counterpartyCountry: endUser.country ?? fromCase?.counterpartyCountry ?? "",
    plannedOn: typeof facts.asOf === "string" ? facts.asOf : "",
    classificationIds: carried?.classificationIds ?? [],
    ...(fromCase
      ? {
          title: fromCase.case.title,
          caseId: fromCase.case.id,
          caseSubject: fromCase.caseSubject,
          applicantId: fromCase.applicantId ?? "",
          description: t("ec.rv.fromCase", { ref: fromCase.case.ref, title: fromCase.case.title }),
        }
      : {}),
  };
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/export-control/reviews" size="sm">
        ← {t("ec.rv.title")}
      </Anchor>
      <PageTitle title={t("ec.rv.new")} description={t("ec.rv.help")} />
      <LabPrefillNote lab={lab} />
      <ReviewForm
        key={lab.key}
        initial={initial}
        editing={false}
        saving={save.isPending}
        serverErrors={serverFieldErrors(save.error)}
        submitError={save.error}
        caseLabel={fromCase ? `${fromCase.case.ref} ${fromCase.case.title}` : undefined}
        onSubmit={(input) =>
          save.mutate(
            { input },
            {
              onSuccess: ({ id }) => navigate(`/export-control/reviews/${id}`, { state: { created: true } }),
            },
          )
        }
        onCancel={() => navigate("/export-control/reviews")}
      />
    </Stack>
  );
}

export function ReviewEditPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const review = useReview(id);
  const save = useSaveReview(id);
  if (review.isPending) {
    return <Loading />;
  }
  if (review.isError) {
    return <ErrorAlert error={review.error} />;
  }
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to={`/export-control/reviews/${id}`} size="sm">
        ← {review.data.refNo}
      </Anchor>
      <PageTitle title={t("ec.rv.edit")} />
      <ReviewForm
        initial={toValues(review.data)}
        caseLabel={review.data.case ? `${review.data.case.ref} ${review.data.case.title}` : undefined}
        editing
        saving={save.isPending}
        serverErrors={serverFieldErrors(save.error, "review.")}
        submitError={save.error}
        onSubmit={(input) =>
          save.mutate(
            { input, version: review.data.version },
            { onSuccess: () => navigate(`/export-control/reviews/${id}`) },
          )
        }
        onCancel={() => navigate(`/export-control/reviews/${id}`)}
      />
    </Stack>
  );
}
