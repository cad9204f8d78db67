// Fonts for PDFs. pdfkit's built-in fonts cannot render Vietnamese, so we embed DejaVu (npm
// package dejavu-fonts-ttf). The path is built at run time on purpose: a literal
// require.resolve("….ttf") makes the bundler try to load the font as a module.
import { existsSync } from "node:fs";
import path from "node:path";

export type FontName = "DejaVuSans.ttf" | "DejaVuSans-Bold.ttf" | "DejaVuSans-Oblique.ttf";

export function fontPath(name: FontName): string {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", name);
  if (!existsSync(file)) throw new Error(`Thiếu phông chữ ${name} (gói dejavu-fonts-ttf). Hãy chạy npm install.`);
  return file;
}
