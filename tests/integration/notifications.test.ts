// Notices against real PostgreSQL: recipients only, marking read, grouping by day, the deadline
// sweep's idempotence, and the daily digest through a real nodemailer jsonTransport.
import { createTransport, type SendMailOptions } from "nodemailer";
import { beforeAll, describe, expect, it } from "vitest";
import { sendDailyDigests, type MailTransport } from "../../lib/notifications/digest";
import { sweepDeadlineNotices } from "../../lib/notifications/deadline-sweep";
import { markAllNoticesRead, markNoticeRead } from "../../lib/notifications/mutations";
import { notify } from "../../lib/notifications/notify";
import { countUnreadNotices, listMyNotices } from "../../lib/notifications/queries";
import type { Actor } from "../../lib/auth/actor";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";
import { parseCalendarDate as day } from "../../lib/calendar";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;

/** A real nodemailer transport that writes JSON instead of using the network; keeps what it sent. */
function jsonTransport() {
  const real = createTransport({ jsonTransport: true });
  const sent: { to: string; subject: string; text: string }[] = [];
  const transport: MailTransport = {
    async sendMail(mail: SendMailOptions) {
      const info = await real.sendMail(mail);
      const parsed = JSON.parse(info.message) as { to: { address: string }[]; subject: string; text: string };
      sent.push({ to: parsed.to.map((t) => t.address).join(","), subject: parsed.subject, text: parsed.text });
      return info;
    },
  };
  return { transport, sent };
}

const send = (audience: Parameters<typeof notify>[1], title: string) => db().$transaction((tx) => notify(tx, audience, { kind: "PROJECT_RETURNED", title, body: "Thiếu hồ sơ", link: "/de-an" }));

beforeAll(async () => {
  await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Thông báo A");
  b = await provinceWorld(db(), "Tỉnh Thông báo B");
  cuc = await cucStaff(db());
});

describe("in-app notices", () => {
  it("are visible only to their recipients", async () => {
    expect(await send({ organisationIds: [a.centreOrg.id] }, "Đề án A-001 bị Sở trả lại")).toBe(1);
    const mine = await listMyNotices(a.centre);
    expect(mine.unread.flatMap((g) => g.notices).map((n) => n.title)).toContain("Đề án A-001 bị Sở trả lại");
    for (const other of [b.centre, a.sct, cuc]) {
      expect((await listMyNotices(other)).unread.flatMap((g) => g.notices).map((n) => n.title)).not.toContain("Đề án A-001 bị Sở trả lại");
    }
  });

  it("are marked read one at a time by their owner only, then all at once", async () => {
    await send({ userIds: [b.sct.userId] }, "Thông báo 1");
    await send({ userIds: [b.sct.userId] }, "Thông báo 2");
    const [first] = (await listMyNotices(b.sct)).unread.flatMap((g) => g.notices);
    expect((await failure(markNoticeRead(b.centre, { id: first!.id }))).code).toBe("NOT_FOUND");
    expect(await countUnreadNotices(b.sct)).toBe(2);
    await markNoticeRead(b.sct, { id: first!.id });
    const after = await listMyNotices(b.sct);
    expect(after.unreadCount).toBe(1);
    expect(after.read.flatMap((g) => g.notices).map((n) => n.id)).toEqual([first!.id]);
    expect(await markAllNoticesRead(b.sct)).toEqual({ count: 1 });
    expect(await countUnreadNotices(b.sct)).toBe(0);
  });

  it("are grouped by day in Vietnam time, unread first", async () => {
    const w = await provinceWorld(db(), "Tỉnh Nhóm ngày");
    const at = (iso: string, read = false) => ({ userId: w.sct.userId, kind: "DECISION_ISSUED", title: iso, createdAt: new Date(iso), readAt: read ? new Date(iso) : null });
    await db().notification.createMany({ data: [at("2026-03-01T10:00:00Z"), at("2026-03-01T17:30:00Z"), at("2026-03-02T02:00:00Z"), at("2026-02-01T02:00:00Z", true)] });
    const grouped = await listMyNotices(w.sct);
    expect(grouped.unread.map((g) => [g.day, g.notices.length])).toEqual([["02/03/2026", 2], ["01/03/2026", 1]]);
    expect(grouped.read.map((g) => g.day)).toEqual(["01/02/2026"]);
  });
});

describe("deadline sweep", () => {
  const titleOf = (threshold: number) => `Sắp hết hạn đăng ký kế hoạch khuyến công năm 2039 (15/06/2038) – nhắc trước ${threshold} ngày`;
  const mine = (userId: string, threshold: number) => db().notification.count({ where: { userId, kind: "DEADLINE_APPROACHING", title: titleOf(threshold) } });

  it("reminds SCT and centre users once per plan year and threshold", async () => {
    const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
    await db().planYear.create({ data: { year: 2039, sctSubmissionDeadline: day("2038-05-20"), registrationDeadline: day("2038-06-15"), contentCatalogVersionId: catalog.id } });
    const tenDaysBefore = new Date("2038-06-05T01:00:00Z");
    const first = await sweepDeadlineNotices(tenDaysBefore);
    expect(first.reminders.find((r) => r.year === 2039)).toMatchObject({ threshold: 14, daysLeft: 10 });
    for (const u of [a.sct, a.centre, b.sct, b.centre]) expect(await mine(u.userId, 14)).toBe(1);
    expect(await mine(cuc.userId, 14)).toBe(0);

    const total = () => db().notification.count({ where: { kind: "DEADLINE_APPROACHING" } });
    const before = await total();
    const second = await sweepDeadlineNotices(new Date("2038-06-06T01:00:00Z"));
    expect(second.reminders.find((r) => r.year === 2039)?.created).toBe(0);
    expect(await total()).toBe(before);

    // 23:30 on 12 June in Hà Nội is 3 days before: the second threshold, once.
    const threeDays = new Date("2038-06-12T16:30:00Z");
    await sweepDeadlineNotices(threeDays);
    await sweepDeadlineNotices(threeDays);
    for (const u of [a.sct, b.centre]) expect([await mine(u.userId, 14), await mine(u.userId, 3)]).toEqual([1, 1]);
  });
});

describe("daily email digest", () => {
  it("does nothing without SMTP_URL and without a transport", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    await send({ userIds: [a.sct.userId] }, "Chờ thư");
    const result = await sendDailyDigests(new Date());
    expect(result).toMatchObject({ enabled: false, sent: 0 });
    expect(result.message).toContain("SMTP_URL");
    expect(await db().notification.count({ where: { userId: a.sct.userId, emailedAt: { not: null } } })).toBe(0);
  });

  it("sends one email per user with all their notices, marks them, and sends nothing on a second run", async () => {
    const w = await provinceWorld(db(), "Tỉnh Thư");
    for (const title of ["Sự kiện 1", "Sự kiện 2", "Sự kiện 3"]) await send({ userIds: [w.centre.userId] }, title);
    await send({ userIds: [w.sct.userId] }, "Sự kiện của Sở");
    const { transport, sent } = jsonTransport();
    const now = new Date();
    const result = await sendDailyDigests(now, transport);
    expect(result.enabled).toBe(true);
    const toCentre = sent.filter((m) => m.to === w.centre.email);
    expect(toCentre).toHaveLength(1);
    expect(toCentre[0]!.subject).toContain("3 thông báo mới");
    for (const title of ["Sự kiện 1", "Sự kiện 2", "Sự kiện 3"]) expect(toCentre[0]!.text).toContain(title);
    expect(toCentre[0]!.text).toContain("http://localhost:3000/de-an");
    expect(sent.filter((m) => m.to === w.sct.email)).toHaveLength(1);
    expect(await db().notification.count({ where: { userId: { in: [w.centre.userId, w.sct.userId] }, emailedAt: null } })).toBe(0);

    const again = jsonTransport();
    await sendDailyDigests(new Date(), again.transport);
    expect(again.sent.filter((m) => [w.centre.email, w.sct.email].includes(m.to))).toEqual([]);

    // A notice after today's email waits for tomorrow's digest: never a second email the same day.
    await send({ userIds: [w.centre.userId] }, "Sự kiện 4");
    const sameDay = jsonTransport();
    await sendDailyDigests(new Date(), sameDay.transport);
    expect(sameDay.sent.filter((m) => m.to === w.centre.email)).toEqual([]);
    const tomorrow = jsonTransport();
    await sendDailyDigests(new Date(now.getTime() + 86_400_000), tomorrow.transport);
    const next = tomorrow.sent.filter((m) => m.to === w.centre.email);
    expect(next).toHaveLength(1);
    expect(next[0]!.text).toContain("Sự kiện 4");
    expect(next[0]!.text).not.toContain("Sự kiện 1");
  });
});
