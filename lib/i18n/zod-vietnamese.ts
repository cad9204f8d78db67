// One Vietnamese error map for zod, installed globally on import (server: lib/action.ts and the
// instrumentation hook; any client-side parse imports this module too). Schema-level messages
// still win; this phrases everything a schema leaves to zod ("Tối đa 30 ký tự", "Bắt buộc nhập").
// Kept in Vietnamese in both locales: the issue asks for Vietnamese zod texts (decision 018).
import { z } from "zod";

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 20 });
const n = (value: number | bigint) => number.format(value);

const FORMATS: Record<string, string> = {
  email: "Địa chỉ email không hợp lệ",
  url: "Địa chỉ URL không hợp lệ",
  uuid: "Mã định danh không hợp lệ",
  guid: "Mã định danh không hợp lệ",
  date: "Ngày không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-06-15)",
  datetime: "Thời điểm không hợp lệ",
  time: "Giờ không hợp lệ",
  regex: "Sai định dạng",
  starts_with: "Sai định dạng",
  ends_with: "Sai định dạng",
  includes: "Sai định dạng",
};

const TYPES: Record<string, string> = {
  string: "Phải là chữ",
  number: "Phải là số",
  int: "Phải là số nguyên",
  bigint: "Phải là số nguyên",
  boolean: "Phải là có hoặc không",
  date: "Phải là ngày hợp lệ",
  array: "Phải là danh sách",
  object: "Dữ liệu không đúng cấu trúc",
};

function tooBig(issue: { origin: string; maximum: number | bigint; inclusive?: boolean }): string {
  const max = issue.inclusive === false ? BigInt(issue.maximum) - 1n : issue.maximum;
  switch (issue.origin) {
    case "string":
      return `Tối đa ${n(max)} ký tự`;
    case "array":
    case "set":
      return `Tối đa ${n(max)} mục`;
    case "file":
      return `Tệp tối đa ${n(max)} byte`;
    case "date":
      return "Ngày muộn hơn giới hạn cho phép";
    default:
      return issue.inclusive === false ? `Phải nhỏ hơn ${n(issue.maximum)}` : `Không được lớn hơn ${n(issue.maximum)}`;
  }
}

function tooSmall(issue: { origin: string; minimum: number | bigint; inclusive?: boolean }): string {
  const min = issue.inclusive === false ? BigInt(issue.minimum) + 1n : issue.minimum;
  switch (issue.origin) {
    case "string":
      return Number(min) <= 1 ? "Bắt buộc nhập" : `Tối thiểu ${n(min)} ký tự`;
    case "array":
    case "set":
      return Number(min) <= 1 ? "Cần ít nhất một mục" : `Cần ít nhất ${n(min)} mục`;
    case "date":
      return "Ngày sớm hơn giới hạn cho phép";
    default:
      if (issue.inclusive === false && Number(issue.minimum) === 0) return "Phải lớn hơn 0";
      return issue.inclusive === false ? `Phải lớn hơn ${n(issue.minimum)}` : `Không được nhỏ hơn ${n(issue.minimum)}`;
  }
}

/** The Vietnamese text of one zod issue (exported for tests and for code that builds issues itself). */
export const vietnameseZodMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "Bắt buộc nhập" : (TYPES[issue.expected] ?? "Kiểu dữ liệu không hợp lệ");
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      return FORMATS[issue.format] ?? "Sai định dạng";
    case "invalid_value":
      return issue.values.length === 1 ? "Giá trị không hợp lệ" : "Hãy chọn một giá trị trong danh sách";
    case "not_multiple_of":
      return `Phải là bội số của ${n(issue.divisor)}`;
    case "unrecognized_keys":
      return "Có trường dữ liệu không được phép";
    case "invalid_union":
      return "Giá trị không hợp lệ";
    case "invalid_key":
    case "invalid_element":
      return "Có mục không hợp lệ";
    default:
      return "Giá trị không hợp lệ";
  }
};

z.config(z.locales.vi());
z.config({ customError: vietnameseZodMessage });
