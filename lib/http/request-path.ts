// The path of the page being rendered, which layouts cannot otherwise read: proxy.ts writes it
// on every request it sees (replacing any value the client sent), and requireActor reads it to
// let a user who must change their password reach that page and no other.
export const REQUEST_PATH_HEADER = "x-kc-request-path";

/** Where a user whose password was reset by an admin must go first (page in app/(app)/tai-khoan). */
export const CHANGE_PASSWORD_PATH = "/tai-khoan/doi-mat-khau";
