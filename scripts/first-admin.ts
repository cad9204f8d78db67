// `npm run users:first-admin -- email@don-vi.gov.vn "Họ và tên"`: the first administrator of a new
// installation (docs/decisions/049). Prints a one-time link with which they set their password;
// refused once an administrator exists.
import { db } from "../lib/db/client";
import { env } from "../lib/env";
import { isDomainError } from "../lib/errors";
// Loads the catalogues, so a refusal prints its Vietnamese text rather than its key (decision 058).
import "../lib/i18n/messages";
import { createFirstAdmin } from "../lib/users/first-admin";

async function main(): Promise<void> {
  const [email, name] = process.argv.slice(2);
  if (!email || !name) {
    console.error('Cần thư điện tử và họ tên, ví dụ: npm run users:first-admin -- quantri@moit.gov.vn "Nguyễn Văn A"');
    process.exitCode = 1;
    return;
  }
  const created = await createFirstAdmin({ email, name });
  console.log(`Đã tạo quản trị viên ${created.email}. Liên kết đặt mật khẩu (dùng một lần, hết hạn ${created.link.expiresAt.toISOString()}):`);
  console.log(`${env().APP_URL.replace(/\/$/, "")}${created.link.path}`);
}

main()
  .catch((error: unknown) => {
    console.error("Không tạo được quản trị viên:", isDomainError(error) || error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
