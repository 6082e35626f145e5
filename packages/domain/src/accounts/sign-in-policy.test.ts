import { describe, expect, it } from "vitest";
import { adminChangeProblem } from "./admin-rules";
import { DEFAULT_SIGN_IN_SETTINGS, nextSignInStep, type SignInSettings } from "./sign-in-policy";

const settings = (over: Partial<SignInSettings> = {}): SignInSettings => ({
  ...DEFAULT_SIGN_IN_SETTINGS,
  ...over,
});

describe("nextSignInStep", () => {
  const cases: [string, Parameters<typeof nextSignInStep>[0], string][] = [
    [
      "password, no factor",
      { method: "password", role: "researcher", disabled: false, totpConfirmed: false, settings: settings() },
      "session",
    ],
    [
      "deactivated is refused first",
      { method: "password", role: "researcher", disabled: true, totpConfirmed: true, settings: settings() },
      "refused:deactivated",
    ],
    [
      "confirmed factor asks for the code",
      { method: "password", role: "student", disabled: false, totpConfirmed: true, settings: settings() },
      "totp_verify",
    ],
    [
      "required role without factor enrols",
      {
        method: "password",
        role: "export_control_officer",
        disabled: false,
        totpConfirmed: false,
        settings: settings({ totpRequiredRoles: ["export_control_officer"] }),
      },
      "totp_enrol",
    ],
    [
      "required role with factor verifies",
      {
        method: "saml",
        role: "export_control_officer",
        disabled: false,
        totpConfirmed: true,
        settings: settings({ samlEnabled: true, totpRequiredRoles: ["export_control_officer"] }),
      },
      "totp_verify",
    ],
    [
      "other role is not forced",
      {
        method: "password",
        role: "researcher",
        disabled: false,
        totpConfirmed: false,
        settings: settings({ totpRequiredRoles: ["admin"] }),
      },
      "session",
    ],
    [
      "password switched off",
      {
        method: "password",
        role: "researcher",
        disabled: false,
        totpConfirmed: false,
        settings: settings({ passwordEnabled: false }),
      },
      "refused:method_disabled",
    ],
    [
      "admins keep the password",
      {
        method: "password",
        role: "admin",
        disabled: false,
        totpConfirmed: false,
        settings: settings({ passwordEnabled: false }),
      },
      "session",
    ],
    [
      "OIDC off",
      { method: "oidc", role: "researcher", disabled: false, totpConfirmed: false, settings: settings() },
      "refused:method_disabled",
    ],
    [
      "OIDC on",
      {
        method: "oidc",
        role: "researcher",
        disabled: false,
        totpConfirmed: false,
        settings: settings({ oidcEnabled: true }),
      },
      "session",
    ],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    const step = nextSignInStep(input);
    expect(step.step === "refused" ? `refused:${step.reason}` : step.step).toBe(expected);
  });
});

describe("adminChangeProblem", () => {
  const admin = { id: "a", role: "admin" as const, disabled: false };
  it("refuses deactivating or demoting oneself", () => {
    expect(
      adminChangeProblem({ actorId: "a", target: admin, change: { deactivate: true }, activeAdmins: 3 }),
    ).toBe("own_account");
    expect(
      adminChangeProblem({ actorId: "a", target: admin, change: { role: "researcher" }, activeAdmins: 3 }),
    ).toBe("own_account");
  });
  it("keeps the last active administrator", () => {
    expect(
      adminChangeProblem({ actorId: "b", target: admin, change: { deactivate: true }, activeAdmins: 1 }),
    ).toBe("last_admin");
    expect(
      adminChangeProblem({ actorId: "b", target: admin, change: { deactivate: true }, activeAdmins: 2 }),
    ).toBeNull();
  });
  it("lets an administrator change a department or keep the role", () => {
    expect(
      adminChangeProblem({ actorId: "a", target: admin, change: { role: "admin" }, activeAdmins: 1 }),
    ).toBeNull();
    expect(adminChangeProblem({ actorId: "a", target: admin, change: {}, activeAdmins: 1 })).toBeNull();
  });
});
