import { describe, expect, it } from "vitest";
import { boardJob, organization, publicJob } from "@/test/public-board";
import { escapeHtml, findBoardJob, locationName, openJobs, parsePublicId, postingUrl, toBoard } from "./board";

describe("toBoard", () => {
  it("renders the description once and keeps dates as ISO strings, so the cached board survives JSON", () => {
    const board = toBoard(organization, [publicJob()]);
    expect(JSON.parse(JSON.stringify(board))).toEqual(board);
    const [job] = board.jobs;
    expect(job?.descriptionHtml).toContain("<h2>What you'll do</h2>");
    expect(job?.descriptionText).not.toContain("<");
    expect(job?.publishedAt).toBe("2025-03-01T09:30:00.123Z");
  });

  it("keeps internal ids, the status and the Markdown source out of the cache", () => {
    const [job] = toBoard(organization, [publicJob()]).jobs;
    for (const key of ["id", "status", "descriptionMd"]) expect(job).not.toHaveProperty(key);
    expect(JSON.stringify(job)).not.toContain(publicJob().id);
  });
});

describe("openJobs", () => {
  it("drops jobs whose closing date passed after the board was cached", () => {
    const now = new Date("2025-04-01T00:00:00Z");
    const board = toBoard(organization, [
      publicJob({ publicId: 1, closesAt: null }),
      publicJob({ publicId: 2, closesAt: new Date("2025-04-02T00:00:00Z") }),
      publicJob({ publicId: 3, closesAt: new Date("2025-03-31T23:59:59Z") }),
    ]);
    expect(openJobs(board, now).map((job) => job.publicId)).toEqual([1, 2]);
    expect(findBoardJob(board, 99)).toBeNull();
  });
});

describe("parsePublicId", () => {
  it.each([
    ["42", 42],
    ["2147483647", 2147483647],
  ])("reads %s", (segment, id) => {
    expect(parsePublicId(segment)).toBe(id);
  });

  it.each(["abc", "", "0", "-1", "1.5", "042", " 42", "2147483648", "99999999999", "1e3", "0x10"])(
    "treats %j as no job, never as a database error",
    (segment) => {
      expect(parsePublicId(segment)).toBeNull();
    },
  );
});

describe("URLs and names", () => {
  it("link to the careers posting page", () => {
    expect(postingUrl("https://jobs.example.com", "acme", "a b")).toBe("https://jobs.example.com/careers/acme/a%20b");
  });

  it("call a remote job without a location Remote", () => {
    expect(locationName(boardJob({ location: null, workplaceType: "remote" }))).toBe("Remote");
    expect(locationName(boardJob({ location: null, workplaceType: "hybrid" }))).toBe("");
  });

  it("escape every character that means something in HTML", () => {
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
  });
});
