// Kinds of demo đề án and how a support amount becomes budget lines that respect the norms of
// reference §3.1: demonstration model ≤30 %, ≤1.000 triệu; machinery ≤50 %, ≤300 triệu per facility;
// brand and consulting ≤50 %, ≤35 triệu; CCN infrastructure ≤6.000 triệu; fairs 100 % / booths 80 %.
import { trieu, type Rng } from "../../factories";
import type { ProvRef } from "../context";
import type { FacilityPool, FacilitySpec } from "./facilities";
import { CCN_NAMES, type Industry } from "./names";
import type { LineSpec } from "./types";

export type Archetype =
  | "MODEL" | "MACHINERY" | "GROUP_MACHINERY" | "CLEANER" | "TRAINING" | "FAIR" | "SELECTION" | "BRAND" | "CONSULT"
  | "INFO" | "CCN_INFRA" | "CCN_POLLUTION" | "STUDY_TOUR" | "STARTUP" | "DIGITAL" | "ARTISAN" | "FLAGSHIP";

/** Support range in triệu for each kind (fitting to a total stays inside it). */
export const RANGE: Record<Archetype, [number, number]> = {
  MODEL: [450, 1040], MACHINERY: [150, 600], GROUP_MACHINERY: [450, 900], CLEANER: [300, 700], TRAINING: [150, 500],
  FAIR: [1500, 5000], SELECTION: [260, 380], BRAND: [70, 140], CONSULT: [70, 140], INFO: [300, 1500],
  CCN_INFRA: [2500, 6000], CCN_POLLUTION: [700, 1500], STUDY_TOUR: [200, 600], STARTUP: [30, 80], DIGITAL: [300, 800],
  ARTISAN: [150, 400], FLAGSHIP: [2200, 3200],
};

export type BuildContext = {
  rng: Rng;
  pool: FacilityPool;
  province: ProvRef;
  /** "tỉnh Thanh Hóa": where it runs, for titles. */
  label: string;
  year: number;
  zoneName: string;
  /** False for a group đề án whose beneficiaries the SCT has not fixed yet. */
  beneficiariesFixed: boolean;
  /** Facilities not to pick (shared across a set of đề án that must have distinct beneficiaries). */
  exclude: Set<string>;
};

export type Built = { title: string; kind: "FLAGSHIP" | "GROUP" | "STANDARD"; lines: LineSpec[]; scale: string; objectives: string };

const MILLION = 1_000_000n;

/** A budget line; `rateBp` is the support share actually used (≤ the norm), the rest is counterpart. */
function line(item: string, category: string, support: bigint, o: { rateBp?: number; other?: bigint; norm?: string; facility?: FacilitySpec; unit?: string; quantity?: number } = {}): LineSpec {
  const rate = BigInt(o.rateBp ?? 10000);
  const total = rate === 10000n ? support : ((support * 10000n + rate * MILLION - 1n) / (rate * MILLION)) * MILLION;
  const other = o.other ?? 0n;
  return { item, category, norm: o.norm, facility: o.facility, unit: o.unit ?? "đề án", quantity: o.quantity ?? 1, support, counterpart: total - support, other, totalCost: total + other };
}

/** Splits whole triệu into n shares differing by at most 1 triệu. */
export function shares(total: bigint, n: number): bigint[] {
  const units = total / MILLION;
  const base = units / BigInt(n);
  const extra = Number(units - base * BigInt(n));
  const out = Array.from({ length: n }, (_, i) => (base + (i < extra ? 1n : 0n)) * MILLION);
  out[n - 1]! += total - units * MILLION;
  return out;
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

function machineryLines(c: BuildContext, support: bigint, industry: Industry, n: number): LineSpec[] {
  const exclude = c.exclude;
  return shares(support, n).map((share) => {
    const f = c.pool.take(c.province, { industry: industry.key, machinery: share, exclude });
    exclude.add(f.taxCode);
    return line(`Hỗ trợ ${f.industry.machine} cho ${f.name}`, "03.2", share, { rateBp: c.rng.pick([3500, 4000, 4500, 5000]), norm: "MMTB", facility: f, unit: "cơ sở" });
  });
}

function modelLines(c: BuildContext, support: bigint, industry: Industry): { lines: LineSpec[]; facility: FacilitySpec } {
  const f = c.pool.take(c.province, { industry: industry.key, exclude: c.exclude });
  c.exclude.add(f.taxCode);
  const workshop = [trieu(40), ((support / 20n) / MILLION) * MILLION].reduce((a, b) => (a < b ? a : b));
  return {
    facility: f,
    lines: [
      line(`Xây dựng mô hình trình diễn kỹ thuật ${f.industry.model} tại ${f.name}`, "03.1", support - workshop, { rateBp: c.rng.pick([2500, 2800, 3000]), norm: "MH_TRINH_DIEN", facility: f, unit: "mô hình" }),
      line("Hội thảo giới thiệu, nhân rộng mô hình", "03.1", workshop, { unit: "hội thảo" }),
    ],
  };
}

export function build(kind: Archetype, support: bigint, c: BuildContext): Built {
  const r = c.rng;
  const industry = c.pool.industryFor(c.province);
  const std = (title: string, lines: LineSpec[], scale: string, objectives: string): Built => ({ title, kind: "STANDARD", lines, scale, objectives });
  switch (kind) {
    case "MODEL": {
      const { lines, facility } = modelLines(c, support, industry);
      return std(`Xây dựng mô hình trình diễn kỹ thuật ${facility.industry.model} tại ${facility.name}`, lines, "01 mô hình trình diễn", `Phổ biến công nghệ mới trong ${industry.craft} để nhân rộng trên địa bàn`);
    }
    case "MACHINERY": {
      const n = Number(ceilDiv(support, trieu(300)));
      const lines = machineryLines(c, support, industry, n);
      const first = lines[0]!.facility!;
      const title = n === 1 ? `Hỗ trợ ứng dụng ${first.industry.machine} trong sản xuất ${first.industry.product} tại ${first.name}` : `Hỗ trợ ứng dụng máy móc thiết bị tiên tiến cho ${n} cơ sở công nghiệp nông thôn ${c.label}`;
      return std(title, lines, `${n} cơ sở thụ hưởng`, "Nâng cao năng suất, chất lượng sản phẩm, giảm lao động thủ công");
    }
    case "GROUP_MACHINERY": {
      const title = `Đề án nhóm: Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong ${industry.craft} trên địa bàn ${c.label}`;
      const lines = c.beneficiariesFixed
        ? machineryLines(c, support, industry, Number(ceilDiv(support, trieu(300))))
        : shares(support, Number(ceilDiv(support, trieu(300)))).map((share, i) =>
            line(`Hỗ trợ máy móc thiết bị cho cơ sở thụ hưởng thứ ${i + 1} (xác định theo kế hoạch triển khai được Sở Công Thương phê duyệt)`, "03.2", share, { rateBp: 5000, norm: "MMTB", unit: "cơ sở" }),
          );
      return { title, kind: "GROUP", lines, scale: `${String(Number(ceilDiv(support, trieu(300)))).padStart(2, "0")} cơ sở thụ hưởng`, objectives: "Đổi mới thiết bị cho nhóm cơ sở cùng ngành nghề" };
    }
    case "CLEANER": {
      const f = c.pool.take(c.province, { industry: industry.key, exclude: c.exclude, cleaner: true });
      c.exclude.add(f.taxCode);
      return std(`Mô hình thí điểm áp dụng sản xuất sạch hơn trong ${f.industry.craft} tại ${f.name}`, [line(`Đánh giá và triển khai giải pháp sản xuất sạch hơn tại ${f.name}`, "03.3", support, { rateBp: 3000, norm: "SXSH_THI_DIEM", facility: f, unit: "mô hình" })], "01 mô hình thí điểm", "Giảm tiêu hao nguyên liệu, năng lượng và chất thải");
    }
    case "TRAINING": {
      const classes = Math.min(8, Math.max(2, Number(support / trieu(60))));
      return std(`Đào tạo nghề, truyền nghề ${industry.craft} cho lao động nông thôn ${c.label}`, [line(`Mở ${classes} lớp đào tạo nghề ${industry.craft} (${classes * 30} học viên)`, "01", support, { norm: "CHI_CHUNG", unit: "lớp", quantity: classes })], `${classes * 30} học viên`, "Tạo việc làm, nâng cao tay nghề cho lao động nông thôn");
    }
    case "FAIR": {
      const booths = r.int(20, 40);
      const boothSupport = trieu(12) * BigInt(booths);
      return std(`Tổ chức Hội chợ triển lãm hàng công nghiệp nông thôn tiêu biểu ${c.zoneName} năm ${c.year} tại ${c.label}`, [
        line("Thuê mặt bằng, dàn dựng, tuyên truyền, ban tổ chức hội chợ", "04.2", support - boothSupport, { norm: "HOI_CHO_TRONG_NUOC" }),
        line(`Hỗ trợ ${booths} cơ sở công nghiệp nông thôn thuê gian hàng`, "04.2", boothSupport, { rateBp: 8000, norm: "THAM_GIA_HOI_CHO", unit: "gian hàng", quantity: booths }),
      ], `${booths} gian hàng hỗ trợ`, "Quảng bá, kết nối tiêu thụ sản phẩm công nghiệp nông thôn");
    }
    case "SELECTION": {
      const products = r.int(16, 24);
      const awards = trieu(5) * BigInt(products);
      const round = support - awards > trieu(200) ? trieu(200) : support - awards;
      return std(`Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu ${c.zoneName} năm ${c.year}`, [
        line("Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực", "04.1", round, { norm: "BINH_CHON_KHU_VUC", unit: "lần" }),
        line(`Thưởng ${products} sản phẩm đạt giải`, "04.1", awards, { norm: "THUONG_SP_KHU_VUC", unit: "sản phẩm", quantity: products }),
        ...(support - awards - round > 0n ? [line("Trưng bày, công bố sản phẩm đạt giải", "04.1", support - awards - round)] : []),
      ], `${products} sản phẩm đạt giải`, "Tôn vinh, phát triển sản phẩm công nghiệp nông thôn tiêu biểu");
    }
    case "BRAND":
    case "CONSULT": {
      const brand = kind === "BRAND";
      const n = Number(ceilDiv(support, trieu(35)));
      const exclude = c.exclude;
      const lines = shares(support, n).map((share) => {
        const f = c.pool.take(c.province, { exclude });
        exclude.add(f.taxCode);
        return line(brand ? `Xây dựng, đăng ký nhãn hiệu cho ${f.name}` : `Tư vấn thiết kế mẫu mã, bao bì cho ${f.name}`, brand ? "04.3" : "05", share, { rateBp: r.pick([4000, 5000]), norm: brand ? "THUONG_HIEU" : "TU_VAN", facility: f, unit: "cơ sở" });
      });
      const title = brand ? `Hỗ trợ xây dựng, đăng ký thương hiệu cho ${n} cơ sở công nghiệp nông thôn ${c.label}` : `Tư vấn thiết kế mẫu mã, bao bì và marketing cho ${n} cơ sở công nghiệp nông thôn ${c.label}`;
      return std(title, lines, `${n} cơ sở thụ hưởng`, brand ? "Bảo hộ nhãn hiệu, nâng cao giá trị sản phẩm" : "Nâng cao năng lực thị trường của cơ sở");
    }
    case "INFO": {
      const episodes = Math.max(4, Number(support / trieu(45)));
      return std(`Xây dựng, phát sóng chương trình truyền hình chuyên đề khuyến công ${c.label} năm ${c.year}`, [line(`Sản xuất và phát sóng ${episodes} chuyên đề truyền hình`, "06", support, { norm: "THONG_TIN_TUYEN_TRUYEN", unit: "chuyên đề", quantity: episodes })], `${episodes} chuyên đề`, "Tuyên truyền chính sách khuyến công và điển hình công nghiệp nông thôn");
    }
    case "CCN_INFRA":
    case "CCN_POLLUTION": {
      const ccn = `Cụm công nghiệp ${r.pick(CCN_NAMES)}`;
      if (kind === "CCN_INFRA") {
        const other = (support * BigInt(r.int(100, 160))) / 100n / MILLION * MILLION;
        return std(`Hỗ trợ xây dựng hạ tầng kỹ thuật ${ccn}, ${c.label}`, [line(`San lấp mặt bằng, đường nội bộ, cấp thoát nước ${ccn}`, "07.2", support, { norm: "HA_TANG_CCN", other, unit: "cụm" })], "01 cụm công nghiệp", "Tạo mặt bằng sản xuất, thu hút cơ sở công nghiệp nông thôn vào cụm");
      }
      return std(`Hỗ trợ sửa chữa, nâng cấp hệ thống xử lý nước thải tập trung ${ccn}, ${c.label}`, [line(`Nâng cấp trạm xử lý nước thải tập trung ${ccn}`, "07.3", support, { rateBp: 3000, norm: "XLON_CCN", unit: "cụm" })], "01 hệ thống xử lý", "Giảm ô nhiễm môi trường tại cụm công nghiệp");
    }
    case "STUDY_TOUR":
      return std(`Tổ chức hội thảo, tham quan học tập kinh nghiệm nâng cao năng lực quản lý cho cơ sở công nghiệp nông thôn ${c.label}`, [line("Hội thảo và đoàn tham quan học tập kinh nghiệm", "02.1", support, { unit: "đoàn" })], "02 hội thảo, 01 đoàn tham quan", "Nâng cao năng lực quản lý và sản xuất sạch hơn");
    case "STARTUP": {
      const n = Number(support / trieu(10));
      return std(`Hỗ trợ khởi sự, thành lập ${n} doanh nghiệp công nghiệp nông thôn ${c.label}`, [line("Hỗ trợ thủ tục thành lập doanh nghiệp", "02.2", support, { norm: "KHOI_SU_DN", unit: "doanh nghiệp", quantity: n })], `${n} doanh nghiệp`, "Khuyến khích thành lập doanh nghiệp ở địa bàn khó khăn");
    }
    case "DIGITAL":
      return std(`Hỗ trợ chuyển đổi số, thương mại điện tử cho cơ sở công nghiệp nông thôn ${c.label}`, [line("Tập huấn và hỗ trợ đưa sản phẩm lên sàn thương mại điện tử", "10", support, { unit: "cơ sở", quantity: 20 })], "20 cơ sở", "Ứng dụng chuyển đổi số trong sản xuất, kinh doanh");
    case "ARTISAN":
      return std(`Hỗ trợ nghệ nhân truyền nghề ${industry.craft} ${c.label}`, [line(`Nghệ nhân mở lớp truyền nghề ${industry.craft}`, "12", support, { unit: "lớp", quantity: 3 })], "03 lớp truyền nghề", "Bảo tồn, phát triển nghề truyền thống");
    case "FLAGSHIP": {
      const training = trieu(r.int(250, 400));
      const model = trieu(r.int(700, 950));
      const machinery = support - training - model;
      const n = Number(ceilDiv(machinery, trieu(300)));
      const lines = [
        line(`Đào tạo nghề ${industry.craft} cho lao động nông thôn`, "01", training, { norm: "CHI_CHUNG", unit: "lớp", quantity: 4 }),
        ...modelLines(c, model, industry).lines,
        ...machineryLines(c, machinery, industry, n),
      ];
      return { title: `Đề án điểm: Hỗ trợ phát triển ngành ${industry.craft} ${c.label} giai đoạn ${c.year}–${c.year + 1}`, kind: "FLAGSHIP", lines, scale: `01 mô hình trình diễn, ${n} cơ sở ứng dụng thiết bị, 04 lớp đào tạo`, objectives: `Phát triển đồng bộ ngành ${industry.craft} theo chuỗi` };
    }
  }
}
