// Quorum of the hội đồng thẩm định cấp Bộ as dated configuration (docs/decisions/037). TT 36/2013
// Điều 8.2 lets the Cục trưởng appraise with a council but sets no quorum, and the domain guide has
// none, so this is the programme's own rule: more than half of the members (5001 bp of the whole
// council, rounded up) and at least 2 take part, the chair among them: a council of three may conclude with one member recused, never with two.
import { day, uuidFrom } from "../../factories";
import { k, type Seeder } from "../sync";

const FROM = "2014-02-10";

export async function seedCouncilQuorum(s: Seeder): Promise<void> {
  const validFrom = day(FROM);
  const rows = [{ id: uuidFrom(`council-quorum:MINISTRY:${FROM}`), level: "MINISTRY" as const, validFrom, validTo: null, minShareBp: 5001, minMembers: 2, chairRequired: true, basis: "Quy định của chương trình (chưa có căn cứ pháp lý xác nhận)", programmeRule: true }];
  await s.upsert("councilQuorumRule", rows, { key: (r) => k(r.level, r.validFrom) });
}
