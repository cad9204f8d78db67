// Vocabulary for demo facilities and đề án: industries, craft villages, people. All names of people
// and businesses are invented; craft villages are real places (the articles and reference §2.3).

export type Industry = {
  key: string;
  /** Facility.industry text. */
  industry: string;
  /** Used in business names: "HTX Mây tre đan …". */
  stem: string;
  product: string;
  machine: string;
  model: string;
  craft: string;
};

export const INDUSTRIES: readonly Industry[] = [
  { key: "che", industry: "Chế biến chè", stem: "Chế biến chè", product: "chè xanh, chè Shan tuyết", machine: "dây chuyền sao, sấy chè tự động", model: "chế biến chè xanh chất lượng cao theo quy trình khép kín", craft: "chế biến chè" },
  { key: "maytre", industry: "Sản xuất hàng mây tre đan", stem: "Mây tre đan", product: "hàng mây tre đan xuất khẩu", machine: "máy chẻ, vót nan và lò sấy chống mốc", model: "xử lý chống mốc nguyên liệu mây tre bằng công nghệ sấy hơi", craft: "mây tre đan" },
  { key: "go", industry: "Chế biến gỗ, sản xuất đồ gỗ mỹ nghệ", stem: "Đồ gỗ mỹ nghệ", product: "đồ gỗ mỹ nghệ", machine: "máy chạm khắc CNC và hệ thống hút bụi", model: "sản xuất đồ gỗ mỹ nghệ bằng máy chạm CNC nhiều đầu", craft: "chạm khắc gỗ" },
  { key: "gom", industry: "Sản xuất gốm sứ", stem: "Gốm sứ", product: "gốm sứ mỹ nghệ", machine: "lò nung gốm sử dụng khí gas", model: "nung gốm bằng lò gas tiết kiệm năng lượng", craft: "làm gốm" },
  { key: "det", industry: "Dệt may, thêu ren", stem: "Thêu ren", product: "sản phẩm thêu ren, lụa tơ tằm", machine: "máy thêu vi tính nhiều đầu", model: "thêu ren trên máy thêu vi tính kết hợp thêu tay", craft: "thêu ren" },
  { key: "cokhi", industry: "Cơ khí chế tạo máy nông nghiệp", stem: "Cơ khí nông nghiệp", product: "máy nông nghiệp cỡ nhỏ", machine: "máy cắt laser CNC và máy chấn tôn thủy lực", model: "chế tạo máy gặt đập liên hợp cỡ nhỏ", craft: "cơ khí" },
  { key: "thucpham", industry: "Chế biến thực phẩm", stem: "Thực phẩm", product: "bún, phở, miến khô", machine: "dây chuyền tráng, sấy bún phở khô", model: "sản xuất miến dong bằng dây chuyền tráng, sấy tự động", craft: "chế biến thực phẩm" },
  { key: "gao", industry: "Xay xát, chế biến gạo", stem: "Lương thực", product: "gạo đặc sản", machine: "dây chuyền xay xát, đánh bóng và tách màu gạo", model: "chế biến gạo đặc sản bằng máy tách màu quang học", craft: "chế biến nông sản" },
  { key: "que", industry: "Chế biến quế, tinh dầu quế", stem: "Quế", product: "tinh dầu quế, hàng thủ công mỹ nghệ từ quế", machine: "thiết bị chưng cất tinh dầu quế", model: "sản xuất hàng thủ công mỹ nghệ từ quế", craft: "làm hàng mỹ nghệ từ quế" },
  { key: "gach", industry: "Sản xuất vật liệu xây dựng không nung", stem: "Vật liệu xây dựng", product: "gạch không nung", machine: "dây chuyền ép gạch không nung tự động", model: "sản xuất gạch không nung từ xỉ và mạt đá", craft: "sản xuất vật liệu xây dựng" },
  { key: "caphe", industry: "Chế biến cà phê", stem: "Cà phê", product: "cà phê rang xay", machine: "máy rang cà phê điều khiển nhiệt tự động", model: "chế biến cà phê đặc sản theo phương pháp ướt", craft: "chế biến cà phê" },
  { key: "thuysan", industry: "Chế biến thủy sản", stem: "Thủy sản", product: "nước mắm, mắm tôm", machine: "hệ thống lọc và chiết rót nước mắm", model: "chế biến nước mắm truyền thống kết hợp lọc vi sinh", craft: "chế biến thủy sản" },
  { key: "dua", industry: "Chế biến sản phẩm từ dừa", stem: "Sản phẩm dừa", product: "kẹo dừa, thạch dừa", machine: "dây chuyền nấu và đóng gói kẹo dừa", model: "sản xuất thạch dừa đạt tiêu chuẩn an toàn thực phẩm", craft: "làm kẹo dừa" },
  { key: "coi", industry: "Sản xuất chiếu cói, hàng thủ công từ cói", stem: "Cói", product: "chiếu cói, hàng thủ công mỹ nghệ từ cói", machine: "máy dệt chiếu cói bán tự động", model: "dệt chiếu cói trên máy kết hợp nhuộm màu an toàn", craft: "dệt chiếu cói" },
  { key: "baobi", industry: "Sản xuất, gia công bao bì", stem: "Bao bì", product: "bao bì giấy, thùng carton", machine: "máy in flexo và máy bế hộp carton", model: "sản xuất bao bì carton 5 lớp", craft: "gia công bao bì" },
  { key: "phanbon", industry: "Sản xuất phân bón phục vụ nông nghiệp", stem: "Phân bón", product: "phân nén dúi sâu NK", machine: "máy ép viên phân nén", model: "sản xuất phân nén dúi sâu NK", craft: "sản xuất phân bón" },
  { key: "duoclieu", industry: "Chế biến dược liệu", stem: "Dược liệu", product: "cao dược liệu, trà thảo mộc", machine: "thiết bị cô đặc chân không và sấy phun", model: "chế biến cao dược liệu bằng cô đặc chân không", craft: "chế biến dược liệu" },
  { key: "ruou", industry: "Sản xuất rượu truyền thống", stem: "Rượu truyền thống", product: "rượu truyền thống", machine: "hệ thống chưng cất và lọc khử andehit", model: "sản xuất rượu truyền thống bằng chưng cất hơi", craft: "nấu rượu" },
  { key: "nonla", industry: "Sản xuất nón lá", stem: "Nón lá", product: "nón lá", machine: "máy ép và sấy lá nón", model: "xử lý lá nón bằng lò sấy không khói", craft: "làm nón lá" },
  { key: "sonmai", industry: "Sơn mài, khảm trai", stem: "Sơn mài", product: "tranh sơn mài, đồ khảm trai", machine: "máy mài, đánh bóng và buồng sơn", model: "sản xuất sơn mài bằng buồng sơn kín", craft: "sơn mài, khảm trai" },
];

export const DEFAULT_INDUSTRIES = ["thucpham", "gao", "cokhi", "go", "baobi", "maytre", "che", "gach"] as const;

/** Industries and craft villages by old province code (new provinces use their constituents'). */
export const PROVINCE_CRAFTS: Record<string, Record<string, string | null>> = {
  "01": { gom: "Làng gốm Bát Tràng", det: "Làng lụa Vạn Phúc", maytre: "Làng mây tre đan Phú Vinh", sonmai: "Làng sơn mài Hạ Thái" },
  "10": { che: null, duoclieu: null, ruou: "Làng rượu ngô Bản Phố" },
  "15": { que: null, che: "Làng chè Shan tuyết Suối Giàng", gach: null, phanbon: null, baobi: null, thucpham: null },
  "19": { che: "Làng chè Tân Cương", thucpham: null },
  "25": { nonla: "Làng nón Sai Nga", che: null },
  "27": { go: "Làng nghề gỗ Đồng Kỵ", gom: "Làng gốm Phù Lãng" },
  "30": { gom: "Làng gốm Chu Đậu", thucpham: null },
  "34": { coi: "Làng chiếu Hới", det: null },
  "36": { sonmai: "Làng sơn mài Cát Đằng", go: null },
  "37": { det: "Làng thêu ren Văn Lâm", gom: null },
  "38": { coi: "Làng nghề cói Nga Sơn", thucpham: null, go: null, maytre: null },
  "40": { thuysan: "Làng nước mắm Vạn Phần", thucpham: null },
  "46": { nonla: "Làng nón Tây Hồ", thucpham: null },
  "49": { gom: "Làng gốm Thanh Hà", go: "Làng mộc Kim Bồng" },
  "52": { ruou: "Làng rượu Bàu Đá", nonla: "Làng nón ngựa Phú Gia" },
  "66": { caphe: null, cokhi: null },
  "83": { dua: null, thucpham: null },
  "87": { coi: "Làng chiếu Định Yên", gao: null },
  "89": { det: "Làng dệt thổ cẩm Văn Giáo", gao: null },
  "94": { thucpham: null, gao: null },
};

export const BRANDS = [
  "Minh Phát", "Hoàng Gia", "Thành Đạt", "Phú Thịnh", "An Khang", "Hưng Thịnh", "Việt Tiến", "Tân Phong", "Bảo Ngọc", "Hồng Hà",
  "Đại Thành", "Quang Minh", "Trường Sơn", "Phúc Lộc", "Nam Việt", "Kim Ngân", "Sao Mai", "Đồng Tâm", "Thiên Phú", "Hải Âu",
  "Tâm Đức", "Hòa Phát", "Gia Bảo", "Lộc Phát", "Thanh Bình", "Ngọc Lan", "Việt Hưng", "Đức Thành", "Tràng An", "Mai Linh",
];

export const PLACES = ["Tân Lập", "Quang Trung", "Đồng Tâm", "Thống Nhất", "Hòa Bình", "Tân Thành", "Minh Khai", "Xuân Lâm", "Phú Lộc", "Hưng Đạo", "Yên Thịnh", "Đông Hòa"];

export const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Hà"];
export const MALE = { middle: ["Văn", "Đức", "Quang", "Minh", "Hữu", "Xuân"], given: ["Hùng", "Dũng", "Nam", "Tuấn", "Thắng", "Long", "Sơn", "Hải", "Cường", "Bình", "Khánh", "Phong"] };
export const FEMALE = { middle: ["Thị", "Thu", "Ngọc", "Thanh", "Hồng"], given: ["Lan", "Hương", "Mai", "Hoa", "Hằng", "Thảo", "Nga", "Yến", "Liên", "Oanh", "Huyền", "Trang"] };

export const CCN_NAMES = ["Đông Lĩnh", "Bắc Sơn", "Tân Phú", "Tân Tiến", "Nam Thành", "Thạch Bình", "Cẩm Trung", "Tây An", "Phú Hà", "Vĩnh Lợi"];
