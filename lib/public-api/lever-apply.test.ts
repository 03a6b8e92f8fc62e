import { describe, expect, it } from "vitest";
import { leverErrorMessage, leverFieldsToApplication } from "./lever-apply";

describe("leverFieldsToApplication", () => {
  it("maps Lever's fields, URLs and comments onto the application form", () => {
    const resume = new File(["%PDF-"], "cv.pdf");
    const mapped = leverFieldsToApplication(
      { name: "Ada", email: "ada@example.com", phone: "+1 555 0100", resume, comments: "Hello", "urls[LinkedIn]": "https://linkedin.com/in/ada", "urls[GitHub]": "https://github.com/ada", "urls[Portfolio]": "https://ada.dev", "answers.q_1": "yes" },
      "5f0c1f7e-8f6b-4b8e-9f57-3c1a8c8e2a11",
    );
    expect(mapped).toMatchObject({
      name: "Ada",
      email: "ada@example.com",
      phone: "+1 555 0100",
      resume,
      coverLetterText: "Hello",
      linkedin: "https://linkedin.com/in/ada",
      github: "https://github.com/ada",
      website: "https://ada.dev",
      consent: "on",
      "answers.q_1": "yes",
      idempotencyKey: "5f0c1f7e-8f6b-4b8e-9f57-3c1a8c8e2a11",
    });
  });

  it("keeps a caller's source and attribution", () => {
    const mapped = leverFieldsToApplication({ source: "Job board X", utm_campaign: "autumn", referrer: "https://www.linkedin.com/", other: "x" }, "k");
    expect(mapped).toMatchObject({ source: "Job board X", utm_campaign: "autumn", referrer: "https://www.linkedin.com/" });
    expect(mapped).not.toHaveProperty("other");
  });
});

describe("leverErrorMessage", () => {
  it("names fields as Lever callers know them", () => {
    expect(leverErrorMessage("Please correct the highlighted fields.", { coverLetterText: ["Too long."], email: ["Enter a valid email address."] })).toBe(
      "comments: Too long. email: Enter a valid email address.",
    );
    expect(leverErrorMessage("You have already applied.", undefined)).toBe("You have already applied.");
  });
});
