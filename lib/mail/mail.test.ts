import { describe, expect, it } from "vitest";
import { fillPlaceholders, firstNameOf, renderCandidateEmail, unknownMergeFields, usesStatusLink } from "./merge-fields";
import { DUE_RECIPIENT_PROBLEMS, isRecipientProblemText, RECIPIENT_PROBLEMS, skippedSentence } from "./recipients";
import { replyAddress, replyTokenOf } from "./reply-address";
import { MAX_REPLY_CHARS, replyTextOf } from "./reply-text";

const token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";

describe("merge fields", () => {
  const values = {
    candidate_first_name: "Ada",
    candidate_name: "Ada Lovelace",
    job_title: "Engineer",
    organization_name: "Acme",
    status_link: "https://jobs.example/status/x",
    recruiter_name: "Grace",
  };

  it("fills every known field and leaves anything else as written", () => {
    expect(renderCandidateEmail({ subject: "  {{job_title}}\nat {{ organization_name }} ", body: "Hi {{candidate_first_name}}, {{other}} {{recruiter_name}}" }, values)).toEqual({
      subject: "Engineer at Acme",
      text: "Hi Ada, {{other}} Grace",
    });
    expect(fillPlaceholders("{{constructor}} {{__proto__}}", {})).toBe("{{constructor}} {{__proto__}}");
  });

  it("names the unknown fields once and sees whether the status link is used", () => {
    expect(unknownMergeFields("{{candidate_name}} {{jobtitle}} {{jobtitle}} {{ x }}")).toEqual(["jobtitle", "x"]);
    expect(usesStatusLink("See {{ status_link }}")).toBe(true);
    expect(usesStatusLink("See {{job_title}}")).toBe(false);
  });

  it("takes the first word of a name", () => {
    expect(firstNameOf("  Ada  King Lovelace ")).toBe("Ada");
    expect(firstNameOf("Cher")).toBe("Cher");
  });
});

describe("reply addresses", () => {
  it("finds our token among the addresses, whatever the case of the domain and prefix", () => {
    expect(replyAddress(token, "replies.example.com")).toBe(`reply+${token}@replies.example.com`);
    expect(replyTokenOf(["jobs@example.com", `REPLY+${token}@Replies.Example.com`], "replies.example.com")).toBe(token);
  });

  it("ignores other domains, other local parts and tokens we could not have issued", () => {
    expect(replyTokenOf([`reply+${token}@evil.example`], "replies.example.com")).toBeNull();
    expect(replyTokenOf([`noreply+${token}@replies.example.com`], "replies.example.com")).toBeNull();
    expect(replyTokenOf(["reply+short@replies.example.com", `reply+${token}'--@replies.example.com`], "replies.example.com")).toBeNull();
    expect(replyTokenOf([], "replies.example.com")).toBeNull();
  });
});

describe("reply text", () => {
  it("keeps what the candidate wrote and drops the quoted message and the signature", () => {
    const text = "Yes, Tuesday works.\r\n\r\nThanks!\r\n-- \r\nAda\r\n\r\nOn Mon, 1 Dec 2026 at 10:00, Acme <reply@x.test> wrote:\r\n> Could you come in?\r\n> Best";
    expect(replyTextOf(text)).toBe("Yes, Tuesday works.\n\nThanks!");
  });

  it("keeps a reply written under the quote rather than nothing", () => {
    expect(replyTextOf("> Could you come in?\n> Best")).toBe("> Could you come in?\n> Best");
  });

  it("caps a very long reply", () => {
    expect(replyTextOf("a".repeat(MAX_REPLY_CHARS + 50))).toHaveLength(MAX_REPLY_CHARS);
  });
});

describe("recipients left out", () => {
  it("are named by reason, deleted candidates counted, and only those reasons read as one", () => {
    expect(
      skippedSentence([
        { name: "Ana Ruiz", problem: "decisions_only" },
        { name: "Deleted candidate", problem: "gone" },
        { name: "Bo Li", problem: "decisions_only" },
        { name: "Deleted candidate", problem: "gone" },
        { name: "Cy Do", problem: "decisions_only" },
      ]),
    ).toBe(
      "Not sent to 2 deleted candidates: their data was deleted or merged into another profile. Not sent to Ana Ruiz, Bo Li and Cy Do: they asked for no more email except about decisions.",
    );
    expect(skippedSentence([])).toBeNull();
    expect(isRecipientProblemText(RECIPIENT_PROBLEMS.withdrawn)).toBe(true);
    expect(isRecipientProblemText(DUE_RECIPIENT_PROBLEMS.no_address)).toBe(true);
    expect(isRecipientProblemText("Can't send mail - all recipients were rejected: 450 Mailbox busy")).toBe(false);
    expect(isRecipientProblemText(null)).toBe(false);
  });
});
