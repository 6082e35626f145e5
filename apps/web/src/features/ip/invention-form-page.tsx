import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type TInventionInput, ZInventionInput } from "@renkei/contract";
import { FUNDING_KINDS, type FundingKind } from "@renkei/domain";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { useUsers } from "../partners/queries";
import { ipApi } from "./api";
import { IpErrorAlert } from "./ip-kit";
import { useIpMutation } from "./queries";

type Inventor = { userId: string | null; name: string; affiliation: string; share: string };
type Funding = { kind: FundingKind; funder: string; programme: string; bayhDole: boolean };

/** 発明届: inventors with contribution shares (adding up to 100 %) and the money behind the work. */
export function InventionFormPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useCurrentUser();
  const users = useUsers();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [field, setField] = useState("");
  const [inventors, setInventors] = useState<Inventor[]>([
    { userId: me?.id ?? null, name: me?.displayName ?? "", affiliation: "", share: "100" },
  ]);
  const [funding, setFunding] = useState<Funding[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useIpMutation((body: TInventionInput) => ipApi.create(body));
  const total = inventors.reduce((s, i) => s + (Number(i.share) || 0), 0);
  const setInv = (n: number, patch: Partial<Inventor>) =>
    setInventors(inventors.map((x, i) => (i === n ? { ...x, ...patch } : x)));
  const setFund = (n: number, patch: Partial<Funding>) =>
    setFunding(funding.map((x, i) => (i === n ? { ...x, ...patch } : x)));

  const submit = () => {
    const body: TInventionInput = {
      title,
      summary,
      field,
      inventors: inventors.map((i) => ({
        userId: i.userId,
        name: i.name,
        affiliation: i.affiliation,
        sharePercent: Number(i.share),
      })),
      funding,
    };
    const found = validateWith(ZInventionInput, body);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      create.mutate(body, {
        onSuccess: (r) => navigate(`/ip/${r.id}`),
        onError: (e) => setErrors(serverFieldErrors(e)),
      });
    }
  };

  return (
    <Stack maw={900}>
      <PageTitle title={t("ip.form.title")} description={t("ip.help")} />
      <Paper withBorder p="md">
        <Stack>
          <TextInput
            label={t("ip.inventionTitle")}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            {...fieldError(errors, "title", i18n)}
          />
          <Textarea
            label={t("ip.form.summary")}
            autosize
            minRows={3}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          <TextInput
            label={t("ip.form.field")}
            value={field}
            onChange={(e) => setField(e.currentTarget.value)}
          />
          <Title order={2} size="h5">
            {t("ip.form.inventors")}
          </Title>
          {inventors.map((inv, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved.
            <Group key={n} align="flex-end" wrap="wrap" data-testid={`inventor-${n}`}>
              <NativeSelect
                label={t("ip.form.inventor")}
                value={inv.userId ?? ""}
                onChange={(e) => {
                  const u = users.data?.items.find((x) => x.id === e.currentTarget.value);
                  setInv(n, { userId: u?.id ?? null, name: u?.displayName ?? inv.name });
                }}
                data={[
                  { value: "", label: t("ip.form.outside") },
                  ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
                ]}
              />
              <TextInput
                label={t("ip.form.name")}
                value={inv.name}
                onChange={(e) => setInv(n, { name: e.currentTarget.value })}
              />
              <TextInput
                label={t("ip.form.affiliation")}
                value={inv.affiliation}
                onChange={(e) => setInv(n, { affiliation: e.currentTarget.value })}
              />
              <TextInput
                label={t("ip.form.share")}
                w={110}
                type="number"
                value={inv.share}
                onChange={(e) => setInv(n, { share: e.currentTarget.value })}
              />
              {inventors.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => setInventors(inventors.filter((_, i) => i !== n))}
                >
                  {t("ip.form.remove")}
                </Button>
              )}
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                setInventors([...inventors, { userId: null, name: "", affiliation: "", share: "" }])
              }
            >
              {t("ip.form.addInventor")}
            </Button>
            <Text size="sm" c={Math.abs(total - 100) < 1e-9 ? "dimmed" : "red"}>
              {t("ip.form.shareTotal", { total: Math.round(total * 100) / 100 })}
            </Text>
          </Group>
          {errors.inventors && (
            <Text c="red" size="sm">
              {i18n.msg(errors.inventors)}
            </Text>
          )}
          <Title order={2} size="h5">
            {t("ip.form.funding")}
          </Title>
          <Alert color="blue">{t("ip.form.bayhDoleHint")}</Alert>
          {funding.map((f, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved.
            <Group key={n} align="flex-end" wrap="wrap">
              <NativeSelect
                label={t("ip.form.fundingKind")}
                value={f.kind}
                onChange={(e) => setFund(n, { kind: e.currentTarget.value as FundingKind })}
                data={FUNDING_KINDS.map((k) => ({
                  value: k,
                  label: t(`case.funding.kind.${k}` as MessageKey),
                }))}
              />
              <TextInput
                label={t("ip.form.funder")}
                value={f.funder}
                onChange={(e) => setFund(n, { funder: e.currentTarget.value })}
              />
              <TextInput
                label={t("ip.form.programme")}
                value={f.programme}
                onChange={(e) => setFund(n, { programme: e.currentTarget.value })}
              />
              <Checkbox
                label={t("ip.bayhDole")}
                checked={f.bayhDole || f.kind === "government_commissioned"}
                disabled={f.kind === "government_commissioned"}
                onChange={(e) => setFund(n, { bayhDole: e.currentTarget.checked })}
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() => setFunding(funding.filter((_, i) => i !== n))}
              >
                {t("ip.form.remove")}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                setFunding([
                  ...funding,
                  { kind: "government_commissioned", funder: "", programme: "", bayhDole: true },
                ])
              }
            >
              {t("ip.form.addFunding")}
            </Button>
          </Group>
          {create.error ? <IpErrorAlert error={create.error} /> : null}
          <Group>
            <Button onClick={submit} loading={create.isPending}>
              {t("ip.form.submit")}
            </Button>
            <Button variant="default" onClick={() => navigate("/ip")}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
