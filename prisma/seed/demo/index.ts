// Demo data 2019–2027 (docs/demo-data.md): users, facilities, đề án with their history and ledger,
// plans, allocations and provincial reports, reproducing the published figures exactly.
import type { Ref } from "../context";
import type { Seeder } from "../sync";
import { FacilityPool } from "./facilities";
import { north2021 } from "./figures-2021";
import { kcqg2022 } from "./figures-2022";
import { KCQG_2022 } from "./figures";
import { yenBai } from "./figures-yenbai";
import { allocate, cucTasks, nationalPlans, provincialPlans, type Tranche } from "./plans";
import { registration2027 } from "./registration-2027";
import { DemoData, type PlanSpec } from "./types";
import { seedUsers } from "./users";
import { settleAfterLastPayment } from "./ledger-rules";
import { writeDemo } from "./writer";
import { generalYears } from "./years";
import { journeyProject } from "./journey";

function tranches(plan: PlanSpec): Tranche[] {
  const y = plan.year;
  if (plan.fund === "KCDP") return [{ on: `${y}-01-30` }];
  // 2022 is frozen at the article's snapshot: 28,98 tỷ allocated by July = 20,70 % (docs/demo-data.md).
  if (y === 2022) return [{ on: "2022-06-24", share: 1000 }, { on: "2022-07-15", cumulative: KCQG_2022.allocated }];
  return [{ on: `${y}-02-25`, share: 6000 }, { on: `${y}-07-15` }];
}

export async function seedDemo(s: Seeder, ref: Ref): Promise<void> {
  const users = await seedUsers(s, ref);
  const d = new DemoData(ref, new FacilityPool(ref));
  const yenBaiTasks = yenBai(d);
  north2021(d);
  kcqg2022(d);
  const changes = generalYears(d);
  registration2027(d);
  // Last, so that adding it changed no other đề án's code or facilities.
  journeyProject(d);
  nationalPlans(d, (year) => (year === 2022 ? [] : cucTasks(year)), {
    2023: {
      added: { project: changes.added2023, versionNo: 2, decision: { number: "1520", on: "2023-06-20", signer: "KT. Bộ trưởng – Thứ trưởng Lê Minh Đức" }, requestedAt: "2023-05-25", reason: "Bổ sung đề án vào kế hoạch khuyến công quốc gia năm 2023 theo đề nghị của Sở Công Thương Thanh Hóa" },
    },
    2024: {
      stopped: { project: changes.stopped2024, versionNo: 2, decision: { number: "2385", on: "2024-09-25", signer: "KT. Bộ trưởng – Thứ trưởng Phạm Thu Hà" }, requestedAt: "2024-08-26", reason: "Ngừng triển khai do cơ sở thụ hưởng không bố trí được vốn đối ứng" },
    },
  });
  provincialPlans(d, yenBaiTasks);
  for (const plan of d.plans) allocate(d, plan, tranches(plan));
  settleAfterLastPayment(d.projects);
  await writeDemo(s, ref, d, users);
}
