import { z } from "zod";
import { parseTrustedProxies } from "./client-address";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a URL like postgres://user:password@host:5432/database");

/** An http(s) base URL without its trailing slash; blank means the default. */
const boardApiUrl = (fallback: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL like https://api.example.com/v1" })
      .default(fallback)
      .transform((url) => url.replace(/\/+$/, "")),
  );

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "must be at least 32 characters").optional()),
    /** The public address of this Candor, for links in emails, feeds, sitemaps and canonical tags. */
    APP_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL like https://jobs.example.com" })
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
    /** smtp(s)://user:pass@host:port. Unset: mail is kept in the outbox and shown in the development mail viewer. */
    SMTP_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url({ protocol: /^smtps?$/, error: "must be a URL like smtp://user:password@host:587" }).optional(),
    ),
    MAIL_FROM: z.string().min(3).default("Candor <no-reply@candor.localhost>"),
    /**
     * The domain whose reply+<token>@ addresses reach POST /api/inbound/email (set its MX or forwarding rule
     * to post raw MIME there). Unset: mail to candidates has no per-application Reply-To.
     */
    INBOUND_EMAIL_DOMAIN: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, "must be a domain name like replies.example.com")
        .optional(),
    ),
    /** The shared secret the inbound mail forwarder sends as "Authorization: Bearer <secret>". Unset: the endpoint refuses everything. */
    INBOUND_EMAIL_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "must be at least 32 characters").optional()),
    /** "0" runs every statement unnamed, for connection poolers that cannot keep prepared statements (db/prepared.ts). */
    DATABASE_PREPARED_STATEMENTS: z.enum(["0", "1"], 'must be "0" or "1"').default("1"),
    /** Jobs of one kind this server runs at once (periodic passes always run one at a time). */
    JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
    /** Applications accepted from one IP address per hour before further ones are refused. */
    APPLY_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
    /** Requests one REST API key may make per minute (counted across every server) before it gets 429. */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
    /**
     * The reverse proxies or CDN in front of Candor, whose X-Forwarded-For says who the client is: a hop
     * count ("1") or addresses and CIDR ranges ("10.0.0.0/8,192.168.1.5"). Unset: the connection's address.
     */
    TRUSTED_PROXIES: z.string().optional().transform((value, ctx) => {
      const parsed = parseTrustedProxies(value);
      if ("error" in parsed) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
    /** An S3-compatible bucket for uploaded files (several app servers). Unset: files are stored in Postgres. */
    S3_BUCKET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(3).optional()),
    S3_REGION: z.string().min(1).default("us-east-1"),
    /** For MinIO, R2 and other S3-compatible services, e.g. http://127.0.0.1:9000. */
    S3_ENDPOINT: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL like https://s3.example.com" }).optional(),
    ),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** "1" for services that need bucket-in-path URLs (MinIO and most self-hosted ones). */
    S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("0"),
    /**
     * Greenhouse's public Job Board API, read by Jobs → Import → "Import from Greenhouse": the part before
     * /{board token}/jobs. Another Candor's Greenhouse-shaped API works too (https://…/api/v1/boards).
     */
    GREENHOUSE_BOARDS_API_URL: boardApiUrl("https://boards-api.greenhouse.io/v1/boards"),
    /** Lever's public Postings API, read by "Import from Lever": https://api.eu.lever.co/v0/postings for EU accounts. */
    LEVER_POSTINGS_API_URL: boardApiUrl("https://api.lever.co/v0/postings"),
    /** A session ends this many days after its sign-in, however active it has been since. */
    SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Audit log entries older than this many days are removed (an organisation may choose its own period). */
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
    /** The fairness report's smallest group shown; five at least, so it can be raised and never lowered below the default. */
    FAIRNESS_MIN_GROUP_SIZE: z.coerce.number().int().min(5, "must be 5 or more: smaller groups could identify someone").max(1000).default(5),
    /**
     * The first-run setup code, for a server whose log the operator cannot read or several servers behind
     * one address. Unset: each server prints a fresh one at start while the database is empty.
     */
    CANDOR_SETUP_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(16, "must be at least 16 characters").optional()),
    /**
     * "1" lets an organisation's SSO issuer (and every address from its discovery document) be on a private,
     * loopback or link-local network: a provider on the operator's own network, or the end-to-end tests'.
     */
    SSO_ALLOW_PRIVATE_ISSUERS: z.enum(["0", "1"], 'must be "0" or "1"').default("0"),
    /** "1" lets members' calendar feeds be on a private, loopback or link-local network (an internal calendar server, the tests'). */
    CALENDAR_FEED_ALLOW_PRIVATE: z.enum(["0", "1"], 'must be "0" or "1"').default("0"),
    /**
     * "1" lets webhook endpoints be on private, loopback or link-local addresses (a receiver on the operator's
     * own network, the tests'). Otherwise such an address is refused after DNS and at connection time.
     */
    WEBHOOK_ALLOW_PRIVATE: z.enum(["0", "1"], 'must be "0" or "1"').default("0"),
    /** The wait before a failed webhook delivery's first retry, in seconds; doubled per failure for 24 hours. */
    WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** Webhook events older than this many days, every delivery of them finished, are removed with their attempt log. */
    WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Test-only: enables the fixture route that creates isolated organisations for end-to-end tests. */
    CANDOR_E2E_FIXTURES: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (generate one with: openssl rand -base64 33)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws a ConfigError whose message names every variable that is wrong. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
