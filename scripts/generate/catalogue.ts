// What a đề án is about, how big it is and what it is called: content categories weighted as in
// the programme's reports (machinery and demonstration models dominate), with a support median,
// a Vietnamese title template and what the beneficiaries make.
import type { Random } from "./random";

export type Theme = {
  /** Content code of the 2012 catalogue (continued by the 2025 one). */
  code: string;
  weightKcqg: number;
  weightKcdp: number;
  /** Multiplier of the funding source's median support. */
  size: number;
  /** Beneficiary facilities [min, max]; 0 for contents without one (training, fairs, information). */
  facilities: [number, number];
  /** Support share of the beneficiary lines' cost, basis points. */
  rateBp: [number, number];
  title: (t: TitleParts) => string;
  /** From this plan year only (contents added by NĐ 235/2025). */
  from?: number;
};

export type TitleParts = { industry: Industry; facility: string; commune: string; province: string; year: number; zone: string };
export type Industry = { key: string; name: string; machine: string; product: string; craft: string };

export const INDUSTRIES: readonly Industry[] = [
  { key: "che", name: "chế biến chè", machine: "máy sấy chè", product: "chè búp khô", craft: "chế biến chè" },
  { key: "gao", name: "xay xát gạo", machine: "dây chuyền xay xát, đánh bóng gạo", product: "gạo đặc sản", craft: "chế biến lương thực" },
  { key: "go", name: "chế biến gỗ", machine: "máy chà nhám, máy ghép gỗ tự động", product: "đồ gỗ nội thất", craft: "mộc dân dụng" },
  { key: "may", name: "may mặc", machine: "máy may công nghiệp, máy cắt vải tự động", product: "quần áo may sẵn", craft: "may công nghiệp" },
  { key: "gom", name: "gốm sứ", machine: "lò nung gốm sử dụng khí hóa lỏng", product: "gốm mỹ nghệ", craft: "làm gốm" },
  { key: "may-tre", name: "mây tre đan", machine: "máy chẻ nan, máy vót nan", product: "hàng mây tre đan xuất khẩu", craft: "đan lát mây tre" },
  { key: "thuy-san", name: "chế biến thủy sản", machine: "kho cấp đông, máy hút chân không", product: "thủy sản đông lạnh", craft: "chế biến thủy sản" },
  { key: "co-khi", name: "cơ khí", machine: "máy tiện CNC, máy hàn tự động", product: "nông cụ cơ khí", craft: "cơ khí sửa chữa" },
  { key: "thuc-pham", name: "chế biến thực phẩm", machine: "máy đóng gói tự động, nồi hấp tiệt trùng", product: "thực phẩm đóng gói", craft: "chế biến thực phẩm" },
  { key: "duoc-lieu", name: "chế biến dược liệu", machine: "máy sấy lạnh, máy chiết xuất dược liệu", product: "dược liệu sấy khô", craft: "sơ chế dược liệu" },
  { key: "ca-phe", name: "chế biến cà phê", machine: "máy rang xay cà phê", product: "cà phê rang xay", craft: "chế biến cà phê" },
  { key: "det", name: "dệt thổ cẩm", machine: "khung dệt cải tiến", product: "thổ cẩm", craft: "dệt thổ cẩm" },
  { key: "gach", name: "sản xuất vật liệu xây dựng", machine: "dây chuyền gạch không nung", product: "gạch không nung", craft: "sản xuất gạch" },
  { key: "nuoc-mam", name: "chế biến nước mắm", machine: "hệ thống lọc, chiết rót nước mắm", product: "nước mắm truyền thống", craft: "chế biến nước mắm" },
  { key: "hoa-qua", name: "chế biến nông sản", machine: "máy sấy hoa quả, máy ép nước trái cây", product: "trái cây sấy", craft: "chế biến nông sản" },
];

export const THEMES: readonly Theme[] = [
  { code: "03.2", weightKcqg: 34, weightKcdp: 40, size: 1, facilities: [2, 9], rateBp: [3500, 5000], title: (t) => `Hỗ trợ ứng dụng ${t.industry.machine} trong ${t.industry.name} tại ${t.facility}, xã ${t.commune}` },
  { code: "03.1", weightKcqg: 20, weightKcdp: 9, size: 2.2, facilities: [1, 1], rateBp: [2500, 3000], title: (t) => `Xây dựng mô hình trình diễn kỹ thuật ${t.industry.name} tại ${t.facility}, xã ${t.commune}, ${t.province}` },
  { code: "01", weightKcqg: 7, weightKcdp: 16, size: 0.6, facilities: [0, 0], rateBp: [10000, 10000], title: (t) => `Đào tạo nghề ${t.industry.craft} cho lao động nông thôn tại xã ${t.commune}` },
  { code: "02.1", weightKcqg: 5, weightKcdp: 6, size: 0.7, facilities: [1, 4], rateBp: [5000, 7000], title: (t) => `Tư vấn áp dụng sản xuất sạch hơn trong ${t.industry.name} tại ${t.facility}` },
  { code: "04.1", weightKcqg: 2, weightKcdp: 5, size: 1, facilities: [0, 0], rateBp: [10000, 10000], title: (t) => `Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu ${t.province} năm ${t.year}` },
  { code: "04.2", weightKcqg: 6, weightKcdp: 5, size: 2.5, facilities: [0, 0], rateBp: [10000, 10000], title: (t) => `Tổ chức hội chợ hàng công nghiệp nông thôn khu vực ${t.zone} năm ${t.year}` },
  { code: "04.3", weightKcqg: 3, weightKcdp: 5, size: 0.35, facilities: [1, 1], rateBp: [5000, 5000], title: (t) => `Hỗ trợ xây dựng phòng trưng bày giới thiệu sản phẩm ${t.industry.product} tại ${t.facility}` },
  { code: "05", weightKcqg: 3, weightKcdp: 5, size: 0.3, facilities: [1, 5], rateBp: [5000, 5000], title: (t) => `Tư vấn lập dự án đầu tư, tiếp cận thị trường cho các cơ sở ${t.industry.name} ${t.province}` },
  { code: "06", weightKcqg: 5, weightKcdp: 5, size: 1.1, facilities: [0, 0], rateBp: [10000, 10000], title: (t) => `Xây dựng chương trình phát thanh, truyền hình về hoạt động khuyến công ${t.province} năm ${t.year}` },
  { code: "07.2", weightKcqg: 8, weightKcdp: 2, size: 6, facilities: [0, 0], rateBp: [10000, 10000], title: (t) => `Hỗ trợ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp ${t.commune}, ${t.province}` },
  { code: "07.3", weightKcqg: 2, weightKcdp: 1, size: 2, facilities: [1, 1], rateBp: [3000, 3000], title: (t) => `Hỗ trợ xử lý ô nhiễm môi trường tại ${t.facility}, xã ${t.commune}` },
  { code: "02.3", weightKcqg: 1, weightKcdp: 2, size: 0.8, facilities: [2, 6], rateBp: [5000, 5000], title: (t) => `Hỗ trợ cơ sở ${t.industry.name} mở rộng thị trường, xúc tiến xuất khẩu ${t.industry.product}` },
  { code: "09", weightKcqg: 2, weightKcdp: 5, size: 0.5, facilities: [0, 0], rateBp: [10000, 10000], title: (t) => `Nâng cao năng lực quản lý, tổ chức thực hiện hoạt động khuyến công ${t.province} năm ${t.year}` },
  { code: "10", weightKcqg: 4, weightKcdp: 4, size: 1, facilities: [1, 4], rateBp: [5000, 5000], title: (t) => `Hỗ trợ chuyển đổi số trong sản xuất, kinh doanh cho ${t.facility}`, from: 2026 },
];

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thị Thu", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"];
const FIRM = ["Hợp tác xã", "Công ty TNHH", "Công ty Cổ phần", "Hộ kinh doanh", "Doanh nghiệp tư nhân"];
const FIRM_NAME = ["Thành Đạt", "Phú Thịnh", "Hưng Phát", "Minh Long", "Tân Tiến", "Đại Phát", "An Khang", "Bảo Ngọc", "Hoàng Gia", "Việt Hưng", "Sao Mai", "Phúc Lộc", "Hòa Bình", "Trường Sơn", "Thiên Ân"];
export const FIRM_KIND: Record<string, "COOPERATIVE" | "SME" | "HOUSEHOLD_BUSINESS"> = { "Hợp tác xã": "COOPERATIVE", "Công ty TNHH": "SME", "Công ty Cổ phần": "SME", "Hộ kinh doanh": "HOUSEHOLD_BUSINESS", "Doanh nghiệp tư nhân": "SME" };

export function personName(rng: Random): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** "Hợp tác xã chế biến chè Tân Tiến"; a household business carries its owner's name. */
export function facilityName(rng: Random, industry: Industry, owner: string): { name: string; form: string } {
  const form = rng.pick(FIRM);
  if (form === "Hộ kinh doanh") return { name: `Hộ kinh doanh ${owner}`, form };
  return { name: `${form} ${industry.name} ${rng.pick(FIRM_NAME)}`, form };
}
