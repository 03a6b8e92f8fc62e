import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("needs nothing in development: embedded database, no secret", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    for (const url of ["postgres://u:p@db:5432/candor", "postgresql://localhost/candor"]) {
      expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it.each(["mysql://localhost/x", "not a url", "postgres://"])("names a malformed DATABASE_URL (%s)", (url) => {
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: url })).toThrow(
      new ConfigError("Invalid configuration: DATABASE_URL must be a URL like postgres://user:password@host:5432/database"),
    );
  });

  it("requires AUTH_SECRET in production and says how to make one", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(
      "Invalid configuration: AUTH_SECRET is required in production (generate one with: openssl rand -base64 33)",
    );
  });

  it("refuses a short AUTH_SECRET and reports every problem at once", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short", DATABASE_URL: "x" })).toThrow(
      /DATABASE_URL must be a URL.*; AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("lets the fairness report's smallest group be raised from 5, never lowered", () => {
    expect(parseEnv({ NODE_ENV: "development" }).FAIRNESS_MIN_GROUP_SIZE).toBe(5);
    expect(parseEnv({ NODE_ENV: "development", FAIRNESS_MIN_GROUP_SIZE: "10" }).FAIRNESS_MIN_GROUP_SIZE).toBe(10);
    expect(() => parseEnv({ NODE_ENV: "development", FAIRNESS_MIN_GROUP_SIZE: "3" })).toThrow(/FAIRNESS_MIN_GROUP_SIZE must be 5 or more/);
  });
});

describe("mail and public URL settings", () => {
  it("takes a first-run setup token of at least 16 characters, and names a short one", () => {
    expect(parseEnv({ NODE_ENV: "development" }).CANDOR_SETUP_TOKEN).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development", CANDOR_SETUP_TOKEN: " correct-horse-battery " }).CANDOR_SETUP_TOKEN).toBe("correct-horse-battery");
    expect(() => parseEnv({ NODE_ENV: "development", CANDOR_SETUP_TOKEN: "short" })).toThrow(
      "Invalid configuration: CANDOR_SETUP_TOKEN must be at least 16 characters",
    );
  });

  it("defaults APP_URL to the dev server and drops a trailing slash", () => {
    expect(parseEnv({ NODE_ENV: "development" }).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ NODE_ENV: "development", APP_URL: "https://jobs.example.com/" }).APP_URL).toBe("https://jobs.example.com");
  });

  it("names a malformed SMTP_URL or APP_URL", () => {
    expect(() => parseEnv({ NODE_ENV: "development", SMTP_URL: "http://mail" })).toThrow("SMTP_URL must be a URL like smtp://user:password@host:587");
    expect(() => parseEnv({ NODE_ENV: "development", APP_URL: "ftp://x" })).toThrow("APP_URL must be an http(s) URL like https://jobs.example.com");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("is none by default, and a hop count or a list of addresses and ranges when set", () => {
    expect(parseEnv({ NODE_ENV: "development" }).TRUSTED_PROXIES).toEqual({ kind: "none" });
    expect(parseEnv({ NODE_ENV: "development", TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ NODE_ENV: "development", TRUSTED_PROXIES: " 10.0.0.0/8, 192.168.1.5,fd00::/8 " }).TRUSTED_PROXIES).toEqual({
      kind: "list",
      entries: ["10.0.0.0/8", "192.168.1.5", "fd00::/8"],
    });
  });

  it.each([
    ["10.0.0.300", '"10.0.0.300" is neither'],
    ["10.0.0.0/33", '"10.0.0.0/33" is neither'],
    ["nginx", '"nginx" is neither'],
    ["0", "must be a hop count from 1 to 10 (got 0)"],
  ])("names a bad value in one line (%s)", (value, expected) => {
    expect(() => parseEnv({ NODE_ENV: "development", TRUSTED_PROXIES: value })).toThrow(`Invalid configuration: TRUSTED_PROXIES ${expected.startsWith("must") ? expected : "must be a hop count like 1"}`);
    expect(() => parseEnv({ NODE_ENV: "development", TRUSTED_PROXIES: value })).toThrow(expected);
  });
});

describe("SESSION_MAX_AGE_DAYS", () => {
  it("is 30 days unless set, and takes whole days from 1", () => {
    expect(parseEnv({ NODE_ENV: "development" }).SESSION_MAX_AGE_DAYS).toBe(30);
    expect(parseEnv({ NODE_ENV: "development", SESSION_MAX_AGE_DAYS: "7" }).SESSION_MAX_AGE_DAYS).toBe(7);
    for (const value of ["0", "1.5", "a week"]) {
      expect(() => parseEnv({ NODE_ENV: "development", SESSION_MAX_AGE_DAYS: value }), value).toThrow(/SESSION_MAX_AGE_DAYS/);
    }
  });
});

describe("WEBHOOK_RETENTION_DAYS", () => {
  it("is 30 days unless set, and takes whole days from 1 to 3,650", () => {
    expect(parseEnv({ NODE_ENV: "development" }).WEBHOOK_RETENTION_DAYS).toBe(30);
    expect(parseEnv({ NODE_ENV: "development", WEBHOOK_RETENTION_DAYS: "7" }).WEBHOOK_RETENTION_DAYS).toBe(7);
    for (const value of ["0", "1.5", "3651", "a month"]) {
      expect(() => parseEnv({ NODE_ENV: "development", WEBHOOK_RETENTION_DAYS: value }), value).toThrow(/WEBHOOK_RETENTION_DAYS/);
    }
  });
});
