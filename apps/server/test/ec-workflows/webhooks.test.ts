import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhooks } from "../../src/features/webhooks/webhook-delivery";
import { verifyWebhookSignature } from "../../src/features/webhooks/webhook-signature";
import { createTestApp, email, type TestUser } from "../harness";
import { addInstitution, OFFICER, tripPlan } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: TestUser;
let researcher: TestUser;
let officer: TestUser;
let receiver: Server;
let url: string;
const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
let answer = 200;

beforeAll(async () => {
  t = await createTestApp();
  // The test receiver is on loopback: allowed the way an operator allows an on-premise receiver.
  t.deps.config = { ...t.deps.config, webhookAllowedHosts: ["127.0.0.1"] };
  admin = await t.signIn(email("admin"));
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn(OFFICER);
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/renkei`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await t.close();
});

const at = (iso: string) => new Date(iso);

describe("webhooks on change, signed with HMAC-SHA256", () => {
  let secret: string;
  let subId: string;

  it("an admin subscribes a URL; the secret is shown once", async () => {
    const res = await admin.post("/api/v1/webhooks", {
      url,
      events: ["clearance.changed"],
      description: "旅費システム",
    });
    expect(res.status).toBe(201);
    secret = res.json.secret;
    subId = res.json.item.id;
    expect(secret).toMatch(/^whsec_/);
    expect((await admin.get("/api/v1/webhooks")).text).not.toContain(secret);
  });

  it("delivers a signed clearance.changed the receiver can verify", async () => {
    const { id, ref } = (await researcher.post("/api/v1/trips", tripPlan())).json;
    await officer.post(`/api/v1/trips/${id}/decision`, { reason: "確認済み", decision: "clear" });
    const result = await deliverWebhooks(t.deps, at("2026-11-21T03:00:30Z"));
    expect(result).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    const got = received.at(-1)!;
    const ts = got.headers["x-renkei-timestamp"] as string;
    // Verified independently of our signing code, as a receiver would.
    const expected = `sha256=${createHmac("sha256", secret).update(`${ts}.${got.body}`).digest("hex")}`;
    expect(got.headers["x-renkei-signature"]).toBe(expected);
    expect(verifyWebhookSignature(secret, ts, got.body, expected)).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", ts, got.body, expected)).toBe(false);
    expect(verifyWebhookSignature(secret, ts, got.body.replace("cleared", "refused"), expected)).toBe(false);
    const body = JSON.parse(got.body);
    expect(body.event).toBe("clearance.changed");
    expect(body.data).toEqual({
      ref,
      status: "cleared",
      decidedAt: "2026-11-21T03:00:00.000Z",
      validUntil: "2026-12-12",
    });
    expect(got.headers["x-renkei-event"]).toBe("clearance.changed");
    const deliveries = (await admin.get(`/api/v1/webhooks/${subId}/deliveries`)).json.items;
    expect(deliveries[0]).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200 });
  });

  it("does not send events the subscription did not ask for", async () => {
    const before = received.length;
    await researcher.post("/api/v1/trips", tripPlan());
    await deliverWebhooks(t.deps, at("2026-11-21T03:01:00Z"));
    expect(received.length).toBe(before);
  });

  it("retries a failing receiver with backoff, then gives up", async () => {
    answer = 500;
    const { id } = (await researcher.post("/api/v1/trips", tripPlan())).json;
    await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "refuse",
      comment: "不可",
    });
    const start = at("2026-11-21T04:00:00Z");
    expect(await deliverWebhooks(t.deps, start)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    // Not due again until a minute later.
    expect(await deliverWebhooks(t.deps, at("2026-11-21T04:00:59Z"))).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    let now = start.getTime();
    const waits = [60, 300, 1800, 7200, 43_200];
    for (const [i, wait] of waits.entries()) {
      now += wait * 1000;
      const r = await deliverWebhooks(t.deps, new Date(now));
      expect(r).toEqual(
        i < waits.length - 1
          ? { delivered: 0, retrying: 1, failed: 0 }
          : { delivered: 0, retrying: 0, failed: 1 },
      );
    }
    // The harness clock is fixed, so every delivery has the same creation time: pick by status.
    const failed = (await admin.get(`/api/v1/webhooks/${subId}/deliveries`)).json.items.find(
      (d: { status: string }) => d.status === "failed",
    );
    expect(failed).toMatchObject({
      status: "failed",
      attempts: 6,
      lastStatusCode: 500,
      lastError: "HTTP 500",
      nextAttemptAt: null,
    });
    // The admin fixes the receiver and retries by hand.
    answer = 204;
    expect((await admin.post(`/api/v1/webhook-deliveries/${failed.id}/retry`)).json.status).toBe("pending");
    expect((await deliverWebhooks(t.deps, new Date(now + 1000))).delivered).toBe(1);
    answer = 200;
  });

  it("an inactive subscription receives nothing new; a ping tests the receiver", async () => {
    const sub = (await admin.get("/api/v1/webhooks")).json.items[0];
    await admin.put(`/api/v1/webhooks/${sub.id}`, {
      url,
      events: sub.events,
      description: "",
      active: false,
    });
    const { id } = (await researcher.post("/api/v1/trips", tripPlan())).json;
    await officer.post(`/api/v1/trips/${id}/decision`, { reason: "確認済み", decision: "clear" });
    const before = received.length;
    await deliverWebhooks(t.deps, at("2026-11-22T12:00:00Z"));
    expect(received.length).toBe(before);
    await admin.put(`/api/v1/webhooks/${sub.id}`, { url, events: sub.events, description: "", active: true });
    const ping = await admin.post(`/api/v1/webhooks/${sub.id}/ping`);
    expect(ping.status).toBe(201);
    await deliverWebhooks(t.deps, at("2026-11-22T12:00:01Z"));
    expect(JSON.parse(received.at(-1)!.body).event).toBe("ping");
  });

  it("only admins manage webhooks, only within their institution; changes are audited", async () => {
    expect((await officer.get("/api/v1/webhooks")).status).toBe(403);
    const other = await addInstitution(t, "otherhook", ["admin"]);
    const theirAdmin = await other.signIn("admin");
    expect((await theirAdmin.get("/api/v1/webhooks")).json.items).toHaveLength(0);
    expect((await theirAdmin.get(`/api/v1/webhooks/${subId}/deliveries`)).status).toBe(404);
    expect(
      (await theirAdmin.put(`/api/v1/webhooks/${subId}`, { url, events: ["trip.submitted"] })).status,
    ).toBe(404);
    const auditor = await t.signIn(email("auditor"));
    const events = (await auditor.get("/api/v1/audit?entityType=webhook")).json.items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      "webhook.created",
      "webhook.pinged",
      "webhook.updated",
      "webhook.updated",
    ]);
    expect(JSON.stringify(events)).not.toContain(secret);
    expect(
      (await admin.post("/api/v1/webhooks", { url: "ftp://x", events: ["trip.submitted"] })).status,
    ).toBe(400);
  });
});
