import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Config } from "../../config";
import { mailOutbox } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";

const BATCH = 200;
/** After this many failed SMTP attempts a mail stays in the outbox, visible with its error. */
const MAX_ATTEMPTS = 5;

type Sender = (mail: { to: string; subject: string; text: string; id: string }) => Promise<string>;

/** SMTP when configured; otherwise each mail becomes an .eml file the operator (or a test) can open. */
function createSender(config: Config): Sender {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return async (mail) => {
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      return "smtp";
    };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return async (mail) => {
    const info = await stream.sendMail({
      from: config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    mkdirSync(config.mailDir, { recursive: true });
    const file = path.join(config.mailDir, `${mail.id}.eml`);
    writeFileSync(file, info.message as Buffer);
    return `file:${file}`;
  };
}

/** Sends what is waiting in the outbox, oldest first; a failure is recorded and retried next run. */
export async function deliverOutbox(deps: Deps, now: Date): Promise<{ sent: number; failed: number }> {
  const send = createSender(deps.config);
  const pending = await deps.db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(BATCH);
  let sent = 0;
  let failed = 0;
  for (const mail of pending) {
    const text = mail.body.replaceAll("{{PUBLIC_URL}}", deps.config.publicUrl);
    try {
      const transport = await send({ id: mail.id, to: mail.toAddress, subject: mail.subject, text });
      await deps.db
        .update(mailOutbox)
        .set({ sentAt: now, transport, attempts: mail.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, mail.id));
      sent++;
    } catch (err) {
      await deps.db
        .update(mailOutbox)
        .set({ attempts: mail.attempts + 1, lastError: String(err) })
        .where(eq(mailOutbox.id, mail.id));
      failed++;
    }
  }
  return { sent, failed };
}

export const mailDeliverJob: Job = {
  name: "mail.deliver",
  description: "Send queued e-mail (SMTP, or .eml files when no SMTP server is configured)",
  everyMinutes: 1,
  run: async (deps, now) => {
    const { sent, failed } = await deliverOutbox(deps, now);
    return `${sent} sent, ${failed} failed`;
  },
};
