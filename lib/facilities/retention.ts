import "server-only";
// Retention of owner contact (personal data): once a facility's last đề án ended more than the
// configured number of years ago — or, never supported, it was recorded that long ago — the
// contact is erased. The facility and its support history stay; only the person's data goes.
import { recordAudit } from "../audit/record";
import { formatIsoDay, sameDayInYear, startOfVietnamDay, vietnamToday, yearOf } from "../calendar";
import { db } from "../db/client";
import { env } from "../env";

export type RetentionResult = { erased: number; years: number; lastEndYear: number };

export async function eraseExpiredOwnerContacts(now: Date = new Date(), years: number = env().PERSONAL_DATA_RETENTION_YEARS): Promise<RetentionResult> {
  // A đề án ending in `lastEndYear` or earlier is over `years` full years ago.
  const today = vietnamToday(now);
  const lastEndYear = yearOf(today) - years - 1;
  const recordedBefore = startOfVietnamDay(sameDayInYear(today, yearOf(today) - years));
  return db().$transaction(async (tx) => {
    const expired = await tx.facilityOwnerContact.findMany({
      where: {
        facility: {
          createdAt: { lt: recordedBefore },
          beneficiaries: { none: { project: { endYear: { gt: lastEndYear } } } },
        },
      },
      select: { facilityId: true },
    });
    const ids = expired.map((c) => c.facilityId);
    if (ids.length === 0) return { erased: 0, years, lastEndYear };
    const { count } = await tx.facilityOwnerContact.deleteMany({ where: { facilityId: { in: ids } } });
    await recordAudit(tx, null, { action: "personalData.erase", entityType: "FacilityOwnerContact", entityId: formatIsoDay(today), data: { erased: count, retentionYears: years, facilityIds: ids } });
    return { erased: count, years, lastEndYear };
  });
}
