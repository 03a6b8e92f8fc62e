import { describe, expect, it } from "vitest";
import { CsvUnreadable, guessMapping, mapRow, mappingProblem, readCsvTable } from "./csv-import";

describe("reading a candidates CSV", () => {
  it("guesses each column from its header, each field once, in any common spelling", () => {
    expect(guessMapping(["Vorname", "Surname", "E-Mail Address", "Mobile", "Town", "LinkedIn URL", "Portfolio", "Email", "Notes"])).toEqual([
      "firstName",
      "lastName",
      "email",
      "phone",
      "location",
      "linkedin",
      "website",
      "",
      "",
    ]);
  });

  it("reads semicolon and tab separated files with a byte-order mark, and joins first and last names", () => {
    const table = readCsvTable("\uFEFFName;Email\n\n Ada Lovelace ;ada@example.com\n");
    expect(table).toEqual({ headers: ["Name", "Email"], rows: [["Ada Lovelace", "ada@example.com"]] });
    expect(readCsvTable("a\tb\n1\t2\n").rows).toEqual([["1", "2"]]);
    expect(mapRow(["Grace", "Hopper", "g@example.com"], ["firstName", "lastName", "email"])).toEqual({ name: "Grace Hopper", email: "g@example.com" });
  });

  it("says what a mapping lacks, and refuses a file with too many rows before checking them", () => {
    expect(mappingProblem(["name", ""])).toBe("Choose the column that holds the email address.");
    expect(mappingProblem(["email", ""])).toBe("Choose the column that holds the name.");
    const big = `name,email\n${"a,b\n".repeat(10_001)}`;
    expect(() => readCsvTable(big)).toThrow(CsvUnreadable);
  });
});
