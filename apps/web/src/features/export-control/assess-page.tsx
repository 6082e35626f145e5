import { Alert, Button, Code, Group, List, Spoiler, Stack } from "@mantine/core";
import {
  type AssessAnswers,
  answersToFacts,
  type ClassificationResult,
  EMPTY_ANSWERS,
  type ListAnswer,
  listItemFact,
} from "@renkei/domain";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { isApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { AssessQuestions } from "./assess-questions";
import { ClassificationPicker } from "./classification-picker";
import { DeterminationView } from "./determination-view";
import { useAssess, useClassifications } from "./queries";

/** The researcher's self-check: plain questions → the engine's determination with reasons and sources. */
export function AssessPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<AssessAnswers>(EMPTY_ANSWERS);
  const [picked, setPicked] = useState<string[]>([]);
  const assess = useAssess();
  const records = useClassifications({ pageSize: 200 }, can("export.read"));
  const facts = answersToFacts(answers);

  const change = (patch: Partial<AssessAnswers>) => {
    setAnswers((a) => ({ ...a, ...patch }));
    assess.reset();
  };
  const pick = (ids: string[]) => {
    setPicked(ids);
    const record = records.data?.items.find((c) => c.id === ids[0]);
    if (record) {
      const item = listItemFact({
        determination: record.determination as ClassificationResult,
        listItem: record.listItem,
      });
      change({ listItem: (item === null ? "none" : item) as ListAnswer });
    }
  };
  const issues = isApiError(assess.error) ? assess.error.issues : [];

  return (
    <Stack maw={960}>
      <PageTitle title={t("ec.assess.title")} description={t("ec.assess.help")} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          assess.mutate(facts);
        }}
      >
        <Stack>
          <AssessQuestions
            answers={answers}
            onChange={change}
            itemExtra={
              can("export.read") ? (
                <ClassificationPicker
                  label={t("ec.assess.fromClassification")}
                  value={picked}
                  onChange={pick}
                  max={1}
                />
              ) : null
            }
          />
          {assess.isError &&
            (issues.length > 0 ? (
              <Alert color="red" role="alert" title={t("error.VALIDATION_FAILED")}>
                <List size="sm">
                  {issues.map((i) => (
                    <List.Item key={i.path + i.message}>
                      <Code>{i.path}</Code> {i18n.msg(i.message)}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <ErrorAlert error={assess.error} />
            ))}
          <Group>
            <Button type="submit" loading={assess.isPending}>
              {t("ec.assess.run")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setAnswers(EMPTY_ANSWERS);
                setPicked([]);
                assess.reset();
              }}
            >
              {t("ec.assess.reset")}
            </Button>
          </Group>
        </Stack>
      </form>
      {assess.data && (
        <>
          <DeterminationView result={assess.data} />
          <Group>
            {can("export.review.submit") && (
              <Button
                variant="light"
                onClick={() =>
                  navigate("/export-control/reviews/new", { state: { facts, classificationIds: picked } })
                }
              >
                {t("ec.assess.createReview")}
              </Button>
            )}
          </Group>
          <Spoiler maxHeight={0} showLabel={t("ec.assess.showJson")} hideLabel={t("ec.assess.showJson")}>
            <Code block>{JSON.stringify(facts, null, 2)}</Code>
          </Spoiler>
        </>
      )}
    </Stack>
  );
}
