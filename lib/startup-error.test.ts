import { describe, expect, it } from "vitest";
import { ConfigError } from "./env";
import { describeStartupError } from "./startup-error";

const withCode = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("describeStartupError", () => {
  it("passes configuration errors through as they are", () => {
    expect(describeStartupError(new ConfigError("Invalid configuration: X"))).toBe("Invalid configuration: X");
  });

  it("names the host and port of a refused connection, never the password", () => {
    const line = describeStartupError(withCode("ECONNREFUSED"), "postgres://admin:s3cret@db.internal:6543/candor");
    expect(line).toBe(
      "Cannot reach the database at db.internal:6543: connection refused. Is PostgreSQL running, and is DATABASE_URL right?",
    );
    expect(line).not.toContain("s3cret");
  });

  it("finds the driver's code under Drizzle's wrapper, whose message holds SQL", () => {
    const wrapped = new Error('Failed query: select "id" from "users"', { cause: withCode("3D000") });
    const line = describeStartupError(wrapped, "postgres://localhost/missing");
    expect(line).toBe("The database named in DATABASE_URL does not exist on localhost:5432. Create it first (createdb).");
    expect(line).not.toContain("select");
  });

  it("unwraps AggregateError from dual-stack connection attempts", () => {
    const error = new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]);
    expect(describeStartupError(error, "postgres://localhost/x")).toMatch(/^Cannot reach the database at localhost:5432/);
  });

  it("explains refused credentials", () => {
    expect(describeStartupError(withCode("28P01"), "postgres://u@h/x")).toBe("The database at h:5432 refused the credentials in DATABASE_URL.");
  });

  it("keeps only the first line of anything else", () => {
    expect(describeStartupError(new Error("first line\n    at stack frame"))).toBe("Candor could not start: first line");
  });
});
