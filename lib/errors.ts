// The one error hierarchy. Domain errors carry a code that the UI translates (messages: errors.*);
// anything else is unexpected: logged on the server and never echoed to the user.
export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "INVALID_TRANSITION"
  | "CONFLICT"
  | "DEADLINE_PASSED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, string>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Missing and "not yours" give the same answer, so ids of other provinces' records do not leak. */
export class NotFoundError extends DomainError {
  constructor(what = "Bản ghi") {
    super("NOT_FOUND", `${what} không tồn tại hoặc bạn không có quyền xem.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super("FORBIDDEN", message);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(message: string) {
    super("INVALID_TRANSITION", message);
  }
}

export class ConflictError extends DomainError {
  constructor(message = "Bản ghi vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất.") {
    super("CONFLICT", message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

const HTTP_STATUS: Record<DomainErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, VALIDATION: 400, CONFLICT: 409, INVALID_TRANSITION: 409, DEADLINE_PASSED: 409 };

/** The HTTP status a route handler answers a domain error with. */
export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS[error.code];
}
