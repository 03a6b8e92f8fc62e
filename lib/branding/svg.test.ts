import { describe, expect, it } from "vitest";
import { sanitizeSvg } from "./svg";

const wrap = (inner: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe("the SVG logo sanitiser", () => {
  it("keeps the drawing: shapes, gradients, local references and case-sensitive attributes", () => {
    const svg = wrap(
      `<defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#123456"/></linearGradient></defs>` +
        `<path d="M0 0h10v10z" fill="url(#g)" style="stroke: rgb(1, 2, 3); stroke-width: 2"/><use href="#g"/>`,
    );
    const clean = sanitizeSvg(svg)!;
    expect(clean).toMatch(/^<svg /);
    expect(clean).toContain('viewBox="0 0 10 10"');
    expect(clean).toContain("<linearGradient");
    expect(clean).toContain('gradientUnits="userSpaceOnUse"');
    expect(clean).toContain('fill="url(#g)"');
    expect(clean).toContain("stroke:rgb(1, 2, 3)");
    expect(clean).toContain('<use href="#g"></use>');
  });

  it("removes <script>, its text, and every event handler", () => {
    const clean = sanitizeSvg(wrap(`<script>alert(1)</script><circle r="4" onclick="alert(2)"/>`, ' onload="alert(3)"'))!;
    expect(clean).not.toMatch(/script|alert|onload|onclick/i);
    expect(clean).toContain('<circle r="4"></circle>');
  });

  it("removes javascript: and external links, including xlink:href and <a>", () => {
    const clean = sanitizeSvg(
      wrap(
        `<a href="javascript:alert(1)"><rect width="1" height="1"/></a>` +
          `<use xlink:href="javascript:alert(2)"/><use href="https://evil.example/sprite.svg#x"/><use href=" JaVaScRiPt:alert(3)"/>`,
        ' xmlns:xlink="http://www.w3.org/1999/xlink"',
      ),
    )!;
    expect(clean).not.toMatch(/javascript|evil\.example|<a[\s>]/i);
    expect(clean).toContain('<rect width="1" height="1"></rect>');
  });

  it("removes external images, foreignObject, style sheets, animation and external url() references", () => {
    const clean = sanitizeSvg(
      wrap(
        `<image href="https://tracker.example/pixel.png" width="10" height="10"/>` +
          `<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"></iframe></div></foreignObject>` +
          `<style>@import url(https://evil.example/x.css); rect { fill: red }</style>` +
          `<rect width="1" height="1" fill="url(https://evil.example/p.svg#p)" style="fill: url(https://evil.example/q.svg#q); stroke: red"/>` +
          `<set attributeName="href" to="javascript:alert(1)"/><animate attributeName="x" values="0;1"/>`,
      ),
    )!;
    expect(clean).not.toMatch(/image|tracker|foreignObject|iframe|evil\.example|@import|<style|<set|<animate|javascript/i);
    expect(clean).toContain("stroke:red");
  });

  it("refuses a document whose root is not <svg>", () => {
    expect(sanitizeSvg("<html><body><svg></svg></body></html>")).toBeNull();
    expect(sanitizeSvg("just text")).toBeNull();
  });

  it("escapes text so nothing can break out of the markup", () => {
    const clean = sanitizeSvg(wrap(`<text>&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>`))!;
    expect(clean).toContain("&lt;/svg&gt;&lt;script&gt;");
    expect(clean).not.toContain("<script");
  });
});
