import type { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PUBLIC_CHANGES_CHANNEL } from "@/db/queries/public-changes";

/**
 * Hears announcePublicChange() (db/queries/public-changes.ts) from every app server. On PostgreSQL it
 * holds a connection of its own (a pooled one would be handed to queries and miss notifications),
 * reconnects with back-off when it drops, and reports a reset each time it starts listening: while it
 * was not, announcements went by unheard, so whatever they would have invalidated must go. The embedded
 * database is one process, so there its own listen() hears every change.
 */

export type ListenSource = { databaseUrl: string } | { pglite: PGlite };

export type PublicChangeHandlers = {
  /** An organisation (by slug) changed what it shows publicly. */
  onChange: (organizationSlug: string) => void;
  /** Listening (re)started: changes may have been missed. */
  onReset: () => void;
};

export type ListenOptions = {
  /** First wait before reconnecting; doubled on each failure up to maxBackoffMs. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often the idle connection is checked, to notice one that died without closing (a lost network). */
  pingMs?: number;
};

export type PublicChangesListener = {
  /** Resolves once listening the first time. */
  ready: Promise<void>;
  close: () => Promise<void>;
};

export const LISTENER_APPLICATION_NAME = "candor-public-changes";

export function listenForPublicChanges(source: ListenSource, handlers: PublicChangeHandlers, options: ListenOptions = {}): PublicChangesListener {
  return "pglite" in source ? listenOnPglite(source.pglite, handlers) : listenOnPostgres(source.databaseUrl, handlers, options);
}

function listenOnPglite(client: PGlite, handlers: PublicChangeHandlers): PublicChangesListener {
  const unlisten = client.listen(PUBLIC_CHANGES_CHANNEL, handlers.onChange).then((stop) => {
    handlers.onReset();
    return stop;
  });
  return {
    ready: unlisten.then(() => undefined),
    close: async () => {
      if (client.closed) return;
      await (await unlisten)();
    },
  };
}

function listenOnPostgres(databaseUrl: string, handlers: PublicChangeHandlers, options: ListenOptions): PublicChangesListener {
  const { minBackoffMs = 250, maxBackoffMs = 10_000, pingMs = 30_000 } = options;
  let closed = false;
  let client: Client | null = null;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const drop = (current: Client, reason: string) => {
    if (client !== current) return;
    client = null;
    clearInterval(ping);
    current.removeAllListeners("notification");
    // A dead socket may never answer a polite goodbye.
    current.end().catch(() => undefined);
    if (closed) return;
    const delay = Math.min(maxBackoffMs, minBackoffMs * 2 ** failures) * (0.5 + Math.random() / 2);
    failures += 1;
    console.error(`candor: public cache listener lost its database connection (${reason}); retrying in ${Math.round(delay)} ms`);
    retry = setTimeout(connect, delay);
    retry.unref();
  };

  const connect = async () => {
    const current = new Client({
      connectionString: databaseUrl,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      // So a ping on a connection that silently died fails instead of waiting forever.
      query_timeout: 10_000,
    });
    client = current;
    current.on("error", (error) => drop(current, error.message));
    current.on("end", () => drop(current, "connection ended"));
    current.on("notification", (message) => {
      if (message.channel === PUBLIC_CHANGES_CHANNEL && message.payload) handlers.onChange(message.payload);
    });
    try {
      await current.connect();
      await current.query(`listen ${PUBLIC_CHANGES_CHANNEL}`);
    } catch (error) {
      drop(current, error instanceof Error ? error.message : String(error));
      return;
    }
    if (closed || client !== current) return;
    failures = 0;
    handlers.onReset();
    markReady();
    ping = setInterval(() => {
      current.query("select 1").catch((error: unknown) => drop(current, error instanceof Error ? error.message : String(error)));
    }, pingMs);
    ping.unref();
  };

  void connect();
  return {
    ready,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
