// The optional daily email digest: ONE email per user per day with all their notices not yet
// emailed, never one email per event. Off unless SMTP_URL is set (or a transport is passed, as
// the tests do with nodemailer's jsonTransport). Each user is handled in its own transaction:
// the notices are marked emailed only if the send succeeded, and an advisory lock plus the
// "already emailed today" check keep two concurrent runs from sending twice.
import { createTransport, type SendMailOptions } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";
import { formatDate, formatDateTime } from "../format";
import { startOfVietnamDay, vietnamToday } from "../calendar";
import { lockAdvisory } from "../db/locks";
import { log } from "../log";

/** The part of a nodemailer transport the digest uses. */
export type MailTransport = { sendMail(mail: SendMailOptions): Promise<unknown> };

export type DigestResult = { enabled: boolean; message: string; sent: number; notices: number; failed: number };

type PendingNotice = { id: string; title: string; body: string; link: string | null; createdAt: Date };

export function digestMail(to: { email: string; name: string }, notices: readonly PendingNotice[], now: Date, appUrl: string, from: string): SendMailOptions {
  const base = appUrl.replace(/\/$/, "");
  const lines = notices.map((n) => [`• ${formatDateTime(n.createdAt)} – ${n.title}`, n.body ? `  ${n.body}` : "", n.link ? `  ${base}${n.link}` : ""].filter(Boolean).join("\n"));
  return {
    from,
    to: to.email,
    subject: `[Khuyến công] ${notices.length} thông báo mới – ${formatDate(now)}`,
    text: [`Kính gửi ${to.name},`, "", `Hệ thống quản lý khuyến công có ${notices.length} thông báo mới cho bạn:`, "", ...lines, "", `Xem tất cả thông báo: ${base}/thong-bao`, "", "Thư này được gửi tự động, mỗi ngày tối đa một thư."].join("\n"),
  };
}

export async function sendDailyDigests(now = new Date(), transport?: MailTransport): Promise<DigestResult> {
  const e = env();
  if (!transport && !e.SMTP_URL) {
    return { enabled: false, sent: 0, notices: 0, failed: 0, message: "SMTP_URL chưa được đặt: thư tổng hợp hằng ngày đang tắt, không gửi thư nào (thông báo vẫn hiện trong ứng dụng)." };
  }
  const mailer: MailTransport = transport ?? createTransport(e.SMTP_URL);
  // Start of today in Hà Nội, as an instant: a user already emailed since then is not emailed again.
  const dayStart = startOfVietnamDay(vietnamToday(now));
  const pending = await db().notification.findMany({ where: { emailedAt: null, createdAt: { lte: now }, user: { active: true } }, distinct: ["userId"], select: { userId: true } });
  let sent = 0;
  let notices = 0;
  let failed = 0;
  for (const { userId } of pending) {
    try {
      const count = await db().$transaction(
        async (tx) => {
          await lockAdvisory(tx, { kind: "notification-digest", userId });
          const today = await tx.notification.findFirst({ where: { userId, emailedAt: { gte: dayStart } }, select: { id: true } });
          if (today) return 0;
          const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
          const rows = await tx.notification.findMany({ where: { userId, emailedAt: null, createdAt: { lte: now } }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, body: true, link: true, createdAt: true } });
          if (rows.length === 0) return 0;
          await mailer.sendMail(digestMail(user, rows, now, e.APP_URL, e.MAIL_FROM));
          await tx.notification.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { emailedAt: now } });
          return rows.length;
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      if (count > 0) {
        sent += 1;
        notices += count;
      }
    } catch (error) {
      failed += 1;
      void log.error("Daily digest not sent", { userId, error });
    }
  }
  return { enabled: true, sent, notices, failed, message: `Đã gửi ${sent} thư tổng hợp (${notices} thông báo)${failed ? `, ${failed} thư lỗi` : ""}.` };
}
