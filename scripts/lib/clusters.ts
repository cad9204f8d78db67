// Where the embedded clusters live. `.data/` is git-ignored. Tests use their own clusters and
// databases so they never touch development data. KC_PORT_OFFSET shifts every port, so two
// checkouts can run their suites side by side on one machine.
const offset = Number(process.env.KC_PORT_OFFSET ?? 0);

export const DEV_CLUSTER = { dataDir: ".data/postgres", port: 54329 + offset };
export const TEST_CLUSTER = { dataDir: ".data/postgres-test", port: 54339 + offset };
export const E2E_CLUSTER = { dataDir: ".data/postgres-e2e", port: 54359 + offset };
export const DEV_DATABASE = "khuyencong";
/** `npm run dev`'s port when PORT is unset (3000 unless a checkout sets KC_PORT_OFFSET). */
export const DEV_APP_PORT = 3000 + offset;
/** The production server Playwright drives. */
export const E2E_APP_PORT = 3100 + offset;
