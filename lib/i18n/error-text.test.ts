import { describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, httpStatusOf, InvalidTransitionError, message, NotFoundError } from "../errors";
import { errorText } from "./error-text";

describe("domain error texts", () => {
  it("keeps the Vietnamese rendering as .message and renders the request's locale at the edge", () => {
    const error = new NotFoundError("project");
    expect(error.message).toBe("Đề án không tồn tại hoặc bạn không có quyền xem.");
    expect(errorText(error, "en").message).toBe("The project does not exist or you are not allowed to see it.");
    expect(httpStatusOf(error)).toBe(404);
    expect(new NotFoundError().message).toBe("Bản ghi không tồn tại hoặc bạn không có quyền xem.");
  });

  it("renders field messages, select params and nested labels in each locale", () => {
    const error = new DomainError("VALIDATION", "errors.norms.rateOver100", {}, { maxRatePercent: message("errors.norms.rateOver100Field") });
    expect(error.details).toEqual({ maxRatePercent: "Không quá 100 %." });
    expect(errorText(error, "en")).toEqual({ message: "The rate cannot exceed 100 %.", fieldErrors: { maxRatePercent: "At most 100 %." } });
    expect(new ForbiddenError("errors.adjustments.decidedByOther", { authority: "MINISTER" }).message).toContain("Bộ trưởng Bộ Công Thương");
    const notRegistered = new InvalidTransitionError("errors.appraisals.notRegistered", { status: message("status.DRAFT") });
    expect(notRegistered.message).toContain('"Nháp"');
    expect(errorText(notRegistered, "en").message).not.toContain("Nháp");
  });

  it("fails loudly in tests when a placeholder is not given", () => {
    expect(() => new DomainError("CONFLICT", "errors.plans.alreadyExists")).toThrow();
  });
});
