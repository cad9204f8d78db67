// Amounts in words, as Vietnamese official documents write them beside the figures ("Bằng chữ:
// Bốn trăm triệu đồng"). Pure, exact for any whole number of đồng (bigint).
const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const BILLION = 1_000_000_000n;

/** One group of three digits; `full` reads leading zeros ("không trăm linh năm") inside a number. */
function readTriple(n: number, full: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h]!, "trăm");
  if (t === 0) {
    if (u > 0 && (full || h > 0)) words.push("linh");
  } else if (t === 1) words.push("mười");
  else words.push(DIGITS[t]!, "mươi");
  if (u > 0) {
    if (u === 1 && t > 1) words.push("mốt");
    else if (u === 5 && t > 0) words.push("lăm");
    else if (u === 4 && t > 1) words.push("tư");
    else words.push(DIGITS[u]!);
  }
  return words;
}

function readBelowBillion(n: number, full: boolean): string[] {
  const groups: [number, string][] = [[Math.floor(n / 1_000_000), "triệu"], [Math.floor(n / 1000) % 1000, "nghìn"], [n % 1000, ""]];
  const words: string[] = [];
  let started = full;
  for (const [value, unit] of groups) {
    if (value === 0) continue;
    words.push(...readTriple(value, started));
    if (unit) words.push(unit);
    started = true;
  }
  return words;
}

function read(n: bigint, full: boolean): string[] {
  if (n < BILLION) return readBelowBillion(Number(n), full);
  const rest = n % BILLION;
  return [...read(n / BILLION, full), "tỷ", ...(rest > 0n ? readBelowBillion(Number(rest), true) : [])];
}

/** "bốn trăm triệu" for 400 000 000; "không" for 0; negative amounts start with "âm". */
export function numberInWords(n: bigint): string {
  if (n === 0n) return DIGITS[0];
  return (n < 0n ? ["âm", ...read(-n, false)] : read(n, false)).join(" ");
}

/** "Bốn trăm triệu đồng", capitalised as the line after "Bằng chữ:". */
export function dongInWords(amount: bigint): string {
  const text = `${numberInWords(amount)} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
