import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { parsePosting } from ".";

// A careers page's table as such sites write it: a header row, a link in a cell, a "|" in a cell.
const PAGE = `<html><head><title>Backend Engineer | Acme Careers</title></head><body><main>
<h1>Backend Engineer</h1>
<p>What the role pays, by level:</p>
<table class="pay">
  <thead><tr><th>Level</th><th>Salary</th><th>Details</th></tr></thead>
  <tbody>
    <tr><td>Mid</td><td>€60,000 | €75,000</td><td><a href="https://acme.example/levels#mid">Level guide</a></td></tr>
    <tr><td>Senior</td><td onclick="steal()">€80,000 | €95,000</td><td><a href="javascript:alert(1)">Ladder</a></td></tr>
  </tbody>
</table>
<p>We hire in Lisbon and Berlin.</p>
</main></body></html>`;

describe("an imported HTML posting's tables", () => {
  it("become GFM tables in the description, with the link kept and a cell's | escaped", () => {
    const { title, descriptionMd } = parsePosting({ text: PAGE, format: "html" });
    expect(title).toBe("Backend Engineer");
    const lines = descriptionMd.split("\n");
    const header = lines.findIndex((line) => line.startsWith("| Level"));
    expect(lines.slice(header, header + 4)).toEqual([
      "| Level | Salary | Details |",
      "| --- | --- | --- |",
      "| Mid | €60,000 \\| €75,000 | [Level guide](https://acme.example/levels#mid) |",
      "| Senior | €80,000 \\| €95,000 | [Ladder](javascript:alert\\(1\\)) |",
    ]);
    expect(descriptionMd).toContain("We hire in Lisbon and Berlin.");
  });

  it("render as a sanitised HTML table on the posting", () => {
    const html = renderMarkdown(parsePosting({ text: PAGE, format: "html" }).descriptionMd);
    expect(html).toContain("<th>Level</th>");
    expect(html).toContain("<td>€60,000 | €75,000</td>");
    expect(html).toContain('<td><a href="https://acme.example/levels#mid" rel="nofollow noopener noreferrer">Level guide</a></td>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("onclick");
  });

  it("whose cells hold lists stay readable: their content one block after another, as before tables were kept", () => {
    const { descriptionMd } = parsePosting({
      text: "<h1>Designer</h1><table><tr><th>Perks</th></tr><tr><td><ul><li>Laptop</li><li>Books</li></ul></td></tr></table><p>Apply by May.</p>",
      format: "html",
    });
    expect(descriptionMd).toBe("Perks\n\n- Laptop\n- Books\n\nApply by May.");
  });
});
