// Where the embedded clusters live. `.data/` is git-ignored. Tests use their own clusters and
// databases so they never touch development data.
export const DEV_CLUSTER = { dataDir: ".data/postgres", port: 54329 };
export const TEST_CLUSTER = { dataDir: ".data/postgres-test", port: 54339 };
export const E2E_CLUSTER = { dataDir: ".data/postgres-e2e", port: 54359 };
export const DEV_DATABASE = "khuyencong";
