import { describe, expect, it } from "vitest";
import { interviewInvitation } from "@/lib/interviews/ics";
import { ERASED, erasePersonalData, erasePersonalDataInAttachments, erasePersonalDataInJson, personalDetailsOf } from "./erasure";

const details = personalDetailsOf(
  { name: "Priya Raman", email: "priya.r@example.org", phone: "+44 20 7946 0001", links: [{ label: "GitHub", url: "https://github.com/priyar" }] },
  [{ merged: { name: "Priya R. Nair", email: "P.Nair@Work.example", phone: null, links: [] }, survivorBefore: { name: "Priya Raman" }, moved: {} }],
);

describe("personalDetailsOf", () => {
  it("gathers the person's details and those their merges recorded, once each", () => {
    expect(details).toEqual({
      names: ["Priya Raman", "Priya R. Nair"],
      emails: ["priya.r@example.org", "P.Nair@Work.example"],
      phones: ["+44 20 7946 0001"],
      links: ["https://github.com/priyar"],
    });
  });
});

describe("erasePersonalData", () => {
  it("erases addresses, links, names and each part of a name, ignoring case", () => {
    expect(erasePersonalData("PRIYA RAMAN <Priya.R@Example.org> wrote; see github.com/priyar and www.github.com/priyar/", details)).toBe(
      `${ERASED} <${ERASED}> wrote; see ${ERASED} and ${ERASED}`,
    );
    expect(erasePersonalData("Spoke to priya; Nair's old address p.nair@work.example", details)).toBe(`Spoke to ${ERASED}; ${ERASED}'s old address ${ERASED}`);
  });

  it("erases the phone number however it is written, with or without the country code", () => {
    for (const written of ["+44 20 7946 0001", "+442079460001", "020 7946 0001", "(020) 7946-0001", "0044 20 7946 0001"]) {
      expect(erasePersonalData(`call ${written} after 5`, details)).toBe(`call ${ERASED} after 5`);
    }
    expect(erasePersonalData("invoice 2024-11-05, ref 020 7946 0002", details)).toBe("invoice 2024-11-05, ref 020 7946 0002");
  });

  it("leaves words that merely contain a name part, and short parts", () => {
    expect(erasePersonalData("Ramanujan numbers, R. and the Nairobi office", details)).toBe("Ramanujan numbers, R. and the Nairobi office");
  });
});

describe("erasing inside stored values", () => {
  it("erases every string of a JSON value and keeps its shape", () => {
    expect(erasePersonalDataInJson({ title: "Call with Priya Raman", at: 3, tags: ["priya", null], nested: { by: true } }, details)).toEqual({
      title: `Call with ${ERASED}`,
      at: 3,
      tags: [ERASED, null],
      nested: { by: true },
    });
  });

  it("erases a calendar invitation even where a long line was folded, and drops other attachments", () => {
    const ics = interviewInvitation({
      interviewId: "3f1c2a4e-0000-4000-8000-000000000000",
      summary: `A rather long interview title that pushes the name over the fold: Priya Raman`,
      description: "Backend engineer",
      startsAt: new Date("2030-01-01T10:00:00Z"),
      endsAt: new Date("2030-01-01T11:00:00Z"),
      timeZone: "UTC",
      location: "Phone: +44 20 7946 0001",
      organizer: { name: "Rec Ruiter", email: "rec@candor.test" },
      attendees: [{ name: "Inter Viewer", email: "iv@candor.test" }],
      stamp: new Date("2029-12-01T10:00:00Z"),
    });
    expect(ics).toMatch(/\r\n /); // folded
    const base64 = (text: string) => Buffer.from(text).toString("base64");
    const erased = erasePersonalDataInAttachments(
      [
        { filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: base64(ics) },
        { filename: "Priya Raman.pdf", contentType: "application/pdf", content: base64("%PDF Priya Raman") },
      ],
      details,
    );
    expect(erased).toHaveLength(1);
    const text = Buffer.from(erased[0]!.content, "base64").toString("utf8");
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(`SUMMARY:A rather long interview title that pushes the name over the fold: ${ERASED}`);
    expect(text).not.toMatch(/priya|raman|7946/i);
    expect(text).toContain("rec@candor.test");
  });
});
