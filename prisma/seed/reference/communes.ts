// A few communes per province where demo facilities sit: a curated list for the provinces the demo
// shows most, two common commune names elsewhere. Names are real or plausible; the 5-digit codes
// are invented (unique per validity start), see docs/demo-data.md. Before 1/7/2025 communes sat
// in districts (kept here only for address text); districts were abolished on that day.
import { uuidFrom } from "../../factories";
import { MERGER_DATE, OLD_MAP_FROM, type CommuneInfo, type ProvRef } from "../context";
import { k, type Seeder } from "../sync";

type Kind = CommuneInfo["kind"];
type Seed = [name: string, kind: Kind, district?: string];

const OLD: Record<string, Seed[]> = {
  "01": [["Bát Tràng", "XA", "huyện Gia Lâm"], ["Phú Nghĩa", "XA", "huyện Chương Mỹ"], ["Vạn Phúc", "PHUONG", "quận Hà Đông"]],
  "10": [["Phố Lu", "THI_TRAN", "huyện Bảo Thắng"], ["Tả Van", "XA", "thị xã Sa Pa"], ["Cốc Lếu", "PHUONG", "thành phố Lào Cai"]],
  "15": [["Đại Sơn", "XA", "huyện Văn Yên"], ["Mậu A", "THI_TRAN", "huyện Văn Yên"], ["Cường Thịnh", "XA", "huyện Trấn Yên"], ["Nguyễn Thái Học", "PHUONG", "thành phố Yên Bái"]],
  "19": [["Tân Cương", "XA", "thành phố Thái Nguyên"], ["La Bằng", "XA", "huyện Đại Từ"], ["Hùng Sơn", "THI_TRAN", "huyện Đại Từ"]],
  "27": [["Đồng Kỵ", "PHUONG", "thành phố Từ Sơn"], ["Phù Lãng", "XA", "huyện Quế Võ"]],
  "36": [["Yên Tiến", "XA", "huyện Ý Yên"], ["Lâm", "THI_TRAN", "huyện Ý Yên"]],
  "38": [["Nga Liên", "XA", "huyện Nga Sơn"], ["Nga Sơn", "THI_TRAN", "huyện Nga Sơn"], ["Hoằng Đạo", "XA", "huyện Hoằng Hóa"], ["Đông Sơn", "PHUONG", "thành phố Thanh Hóa"]],
  "40": [["Diễn Ngọc", "XA", "huyện Diễn Châu"], ["Diễn Châu", "THI_TRAN", "huyện Diễn Châu"]],
  "49": [["Cẩm Hà", "XA", "thành phố Hội An"], ["Duy Trung", "XA", "huyện Duy Xuyên"]],
  "66": [["Hòa Thuận", "XA", "thành phố Buôn Ma Thuột"], ["Buôn Trấp", "THI_TRAN", "huyện Krông Ana"]],
  "83": [["Sơn Định", "XA", "huyện Chợ Lách"], ["Mỏ Cày", "THI_TRAN", "huyện Mỏ Cày Nam"]],
  "87": [["Định Yên", "XA", "huyện Lấp Vò"], ["Lấp Vò", "THI_TRAN", "huyện Lấp Vò"]],
};

const NEW: Record<string, Seed[]> = {
  "01": [["Bát Tràng", "XA"], ["Hà Đông", "PHUONG"], ["Chương Mỹ", "PHUONG"]],
  "15": [["Yên Bái", "PHUONG"], ["Văn Phú", "PHUONG"], ["Lào Cai", "PHUONG"], ["Mậu A", "XA"], ["Trấn Yên", "XA"]],
  "22": [["Vân Đồn", "DAC_KHU"], ["Cô Tô", "DAC_KHU"], ["Hạ Long", "PHUONG"]],
  "24": [["Từ Sơn", "PHUONG"], ["Phù Lãng", "XA"], ["Bắc Giang", "PHUONG"]],
  "38": [["Hạc Thành", "PHUONG"], ["Nga Sơn", "XA"], ["Hoằng Hóa", "XA"], ["Thọ Xuân", "XA"]],
  "48": [["Hội An", "PHUONG"], ["Điện Bàn", "PHUONG"], ["Duy Xuyên", "XA"]],
  "66": [["Buôn Ma Thuột", "PHUONG"], ["Tuy Hòa", "PHUONG"], ["Krông Ana", "XA"]],
  "91": [["Phú Quốc", "DAC_KHU"], ["Long Xuyên", "PHUONG"], ["Chợ Mới", "XA"]],
};

/** Commune names found in nearly every province, for provinces without a curated list. */
const COMMON = ["Tân Lập", "Quang Trung", "Đồng Tâm", "Thống Nhất", "Hòa Bình", "Tân Thành", "Minh Khai", "Xuân Lâm", "Phú Lộc", "Hưng Đạo", "Yên Thịnh", "Đông Hòa"];

function withCommon(codes: readonly string[], curated: Record<string, Seed[]>): Record<string, Seed[]> {
  const out: Record<string, Seed[]> = { ...curated };
  for (const code of codes) {
    const n = Number(code);
    out[code] ??= [[COMMON[n % COMMON.length]!, "XA"], [COMMON[(n * 7 + 3) % COMMON.length]!, "XA"]].filter((x, i, all) => all.findIndex((y) => y[0] === x[0]) === i) as Seed[];
  }
  return out;
}

export type CommuneLookup = (ref: ProvRef) => CommuneInfo[];

export async function seedCommunes(s: Seeder, provinceId: (ref: ProvRef) => string, codes: { old: readonly string[]; new: readonly string[] }): Promise<CommuneLookup> {
  const byProvince = new Map<string, (CommuneInfo & { code: string; row: Record<string, unknown> })[]>();
  const add = (set: "old" | "new", data: Record<string, Seed[]>) => {
    for (const [code, list] of Object.entries(data)) {
      const ref: ProvRef = { set, code };
      const validFrom = set === "old" ? OLD_MAP_FROM : MERGER_DATE;
      const items = list.map(([name, kind, district], i) => {
        const communeCode = String((set === "old" ? 10000 : 20000) + Number(code) * 100 + i + 1);
        const id = uuidFrom(`commune:${set}:${communeCode}`);
        const row = { id, code: communeCode, name, kind, provinceId: provinceId(ref), validFrom, validTo: set === "old" ? MERGER_DATE : null };
        return { id, code: communeCode, name, kind, district, row };
      });
      byProvince.set(`${set}:${code}`, items);
    }
  };
  add("old", withCommon(codes.old, OLD));
  add("new", withCommon(codes.new, NEW));
  const all = [...byProvince.values()].flat();
  const ids = await s.upsert("commune", all.map((c) => c.row), { key: (r) => k(r.code, r.validFrom) });
  for (const c of all) c.id = ids.get(k(c.code, c.row.validFrom))!;
  return (ref) => (byProvince.get(`${ref.set}:${ref.code}`) ?? []).map(({ id, name, kind, district }) => ({ id, name, kind, district }));
}
