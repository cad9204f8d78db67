// Daily notification job, meant for cron (once a day, e.g. 07:00 Asia/Ho_Chi_Minh):
//   DATABASE_URL=… [SMTP_URL=smtp://…] npx tsx scripts/notify-daily.ts
// 1. deadline reminders (at most once per user, plan year and threshold);
// 2. overdue monthly progress reports (once per user, đề án and month);
// 3. the optional email digest: one email per user per day, only when SMTP_URL is set;
// 4. erasing owner contacts past their retention (PERSONAL_DATA_RETENTION_YEARS, decision 052).
import { db } from "../lib/db/client";
import { sendDailyDigests } from "../lib/notifications/digest";
import { eraseExpiredOwnerContacts } from "../lib/facilities/retention";
import { sweepDeadlineNotices, sweepOverdueProgressNotices } from "../lib/notifications/deadline-sweep";

async function main(): Promise<void> {
  const now = new Date();
  const sweep = await sweepDeadlineNotices(now);
  for (const r of sweep.reminders) console.log(`Năm ${r.year}: còn ${r.daysLeft} ngày (mốc ${r.threshold} ngày), tạo ${r.created} thông báo.`);
  console.log(`Nhắc hạn đăng ký: tạo ${sweep.created} thông báo mới.`);
  const progress = await sweepOverdueProgressNotices(now);
  console.log(`Báo cáo tiến độ quá hạn: ${progress.overdue} đề án, tạo ${progress.created} thông báo mới.`);
  const digest = await sendDailyDigests(now);
  console.log(digest.message);
  const retention = await eraseExpiredOwnerContacts(now);
  console.log(`Dữ liệu cá nhân quá hạn lưu giữ (${retention.years} năm): xóa liên hệ chủ cơ sở của ${retention.erased} cơ sở.`);
  if (digest.failed > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error("notify-daily thất bại:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
