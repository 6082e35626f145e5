import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { ROLE_LABELS, ROLES, THIRD_COUNTRY_ARBITRATION, type ThirdCountryArbitration } from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { type IpSettings, ipApi } from "./api";
import { IpErrorAlert, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";
import { TechListSection } from "./tech-list-section";

/**
 * 知財・契約の方針: the settings the IP office owns (X4, X9, X10, E12, E13). Anyone with `ip.read` sees
 * them; only legal/IP (`ip.configure`) changes them, and the server checks that again.
 */
export function IpSettingsPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <PageTitle title={t("ip.settings.title")} description={t("ip.settings.help")} />
      <ContractPolicySection />
      <LicencePolicySection />
      <TechListSection />
    </Stack>
  );
}

function ContractPolicySection() {
  const { t } = useI18n();
  const can = useCan();
  const q = useQuery({ queryKey: ["ip", "contract-policy"], queryFn: ipApi.contractPolicy });
  const [value, setValue] = useState<ThirdCountryArbitration | null>(null);
  const save = useIpMutation((v: ThirdCountryArbitration) =>
    ipApi.saveContractPolicy({ thirdCountryArbitration: v }),
  );
  if (q.isPending) {
    return <Loading />;
  }
  if (q.isError) {
    return <ErrorAlert error={q.error} />;
  }
  const current = value ?? q.data.thirdCountryArbitration;
  return (
    <IpSection title={t("ip.settings.contract")}>
      <NativeSelect
        label={t("case.settings.arbitration")}
        description={t("case.settings.arbitrationHelp")}
        disabled={!can("ip.configure")}
        value={current}
        onChange={(e) => setValue(e.currentTarget.value as ThirdCountryArbitration)}
        data={THIRD_COUNTRY_ARBITRATION.map((a) => ({
          value: a,
          label: t(`case.settings.arbitration.${a}` as MessageKey),
        }))}
        maw={480}
      />
      <Text size="sm">
        {t("ip.settings.rates", {
          standard: q.data.standardIndirectRatePercent,
          enhanced: q.data.enhancedIndirectRatePercent,
        })}
      </Text>
      <Text size="sm">{t("ip.settings.npMatrix")}</Text>
      {can("ip.configure") && (
        <ConfirmButton
          w="fit-content"
          disabled={current === q.data.thirdCountryArbitration}
          loading={save.isPending}
          title={t("ip.settings.confirm")}
          onConfirm={() => save.mutate(current)}
        >
          {t("common.save")}
        </ConfirmButton>
      )}
      {save.isSuccess && <Alert color="green">{t("common.saved")}</Alert>}
      {save.error && <IpErrorAlert error={save.error} />}
    </IpSection>
  );
}

type Exception = IpSettings["foreignExceptions"][number];

function LicencePolicySection() {
  const { t, label } = useI18n();
  const can = useCan();
  const off = !can("ip.configure");
  const q = useQuery({ queryKey: ["ip", "settings"], queryFn: ipApi.settings });
  const [v, setV] = useState<IpSettings | null>(null);
  useEffect(() => {
    if (q.data && !v) {
      setV(q.data);
    }
  }, [q.data, v]);
  const save = useIpMutation((body: IpSettings) => ipApi.saveSettings(body));
  if (q.isError) {
    return <ErrorAlert error={q.error} />;
  }
  if (!v) {
    return <Loading />;
  }
  const setException = (i: number, patch: Partial<Exception>) =>
    setV({
      ...v,
      foreignExceptions: v.foreignExceptions.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    });
  return (
    <IpSection title={t("ip.settings.licence")}>
      <Text size="sm">{t("ip.settings.licenceHelp")}</Text>
      <Stack gap="xs" aria-label={t("ip.settings.exceptions")}>
        {v.foreignExceptions.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an exception being typed may change its own number.
          <Group key={i} align="flex-end" wrap="nowrap" data-testid="ip-exception">
            <TextInput
              label={t("ip.settings.exceptionNo")}
              w={80}
              disabled={off}
              value={e.id}
              onChange={(x) => setException(i, { id: x.currentTarget.value })}
            />
            <TextInput
              label={t("ip.settings.exceptionJa")}
              flex={1}
              disabled={off}
              value={e.ja}
              onChange={(x) => setException(i, { ja: x.currentTarget.value })}
            />
            <TextInput
              label={t("ip.settings.exceptionEn")}
              flex={1}
              disabled={off}
              value={e.en}
              onChange={(x) => setException(i, { en: x.currentTarget.value })}
            />
            {!off && (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  setV({ ...v, foreignExceptions: v.foreignExceptions.filter((_, j) => j !== i) })
                }
              >
                {t("ip.settings.remove")}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {!off && (
        <Button
          variant="light"
          w="fit-content"
          onClick={() =>
            setV({
              ...v,
              foreignExceptions: [
                ...v.foreignExceptions,
                { id: String(v.foreignExceptions.length + 1), ja: "", en: "" },
              ],
            })
          }
        >
          {t("ip.settings.addException")}
        </Button>
      )}
      <Checkbox.Group
        label={t("ip.settings.approvers")}
        value={v.exceptionApprovers}
        onChange={(x) => setV({ ...v, exceptionApprovers: x })}
      >
        <Group mt={4}>
          {ROLES.map((r) => (
            <Checkbox key={r} value={r} label={label(ROLE_LABELS[r])} disabled={off} />
          ))}
        </Group>
      </Checkbox.Group>
      <NumberInput
        label={t("ip.settings.reportDays")}
        min={1}
        max={365}
        maw={240}
        disabled={off}
        value={v.bayhDoleReportWithinDays}
        onChange={(x) => setV({ ...v, bayhDoleReportWithinDays: Number(x) || 0 })}
      />
      {!off && (
        <ConfirmButton
          w="fit-content"
          loading={save.isPending}
          title={t("ip.settings.confirm")}
          onConfirm={() =>
            save.mutate(
              {
                ...v,
                foreignExceptions: v.foreignExceptions.map((e) => ({
                  id: e.id.trim(),
                  ja: e.ja.trim(),
                  en: e.en.trim(),
                })),
              },
              { onSuccess: () => setV(null) },
            )
          }
        >
          {t("common.save")}
        </ConfirmButton>
      )}
      {save.isSuccess && <Alert color="green">{t("common.saved")}</Alert>}
      {save.error && <IpErrorAlert error={save.error} />}
    </IpSection>
  );
}
