import { beforeAll, describe, expect, it } from "vitest";
import { POST as applyRoute } from "@/app/api/careers/[org]/jobs/[job]/applications/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { PEER_ADDRESS_HEADER, recordPeerAddresses } from "@/server/http/client-ip";
import { setupTestDatabase } from "@/test/database";

// Issue 15, bench/abuse.mjs: a client whose forms are refused again and again waits for each further
// refusal, instead of making the server parse its next hostile body at once. (A file of its own: the
// process now trusts the peer-address header, as a server does once instrumentation has run.)

const db = setupTestDatabase();
let org: IsolatedOrganization;

beforeAll(async () => {
  org = await createIsolatedOrganization(db());
  recordPeerAddresses();
});

/** A form the route refuses at once (not a form at all), from `address`: its status and how long it took. */
async function refusedFrom(address: string) {
  const url = `http://127.0.0.1/api/careers/${org.organization.slug}/jobs/${org.job.slug}/applications`;
  const request = new Request(url, { method: "POST", body: "{}", headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: address } });
  const started = performance.now();
  const response = await applyRoute(request, { params: Promise.resolve({ org: org.organization.slug, job: org.job.slug }) });
  return { status: response.status, ms: performance.now() - started };
}

describe("refusals to one client, again and again", () => {
  it("come at once 20 times a minute, then half a second late; another client is not held back", async () => {
    const first = [];
    for (let i = 0; i < 20; i++) first.push(await refusedFrom("203.0.113.9"));
    expect(first.every((refusal) => refusal.status === 400)).toBe(true);
    expect(Math.max(...first.map((refusal) => refusal.ms))).toBeLessThan(450);

    const late = await refusedFrom("203.0.113.9");
    expect(late.status).toBe(400);
    expect(late.ms).toBeGreaterThanOrEqual(450);
    // The same client from another address in its IPv6 /64 is the same client.
    await Promise.all(Array.from({ length: 21 }, (_, i) => refusedFrom(`2001:db8:0:1::${i + 1}`)));
    expect((await refusedFrom("2001:db8:0:1::ffff")).ms).toBeGreaterThanOrEqual(450);

    expect((await refusedFrom("198.51.100.4")).ms).toBeLessThan(450);
  });

  it("a body without a length from such a client is refused unread", async () => {
    for (let i = 0; i < 21; i++) await refusedFrom("203.0.113.77");
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("x".repeat(64 * 1024)));
      },
    });
    const url = `http://127.0.0.1/api/careers/${org.organization.slug}/jobs/${org.job.slug}/applications`;
    const headers = { "content-type": "multipart/form-data; boundary=b", [PEER_ADDRESS_HEADER]: "203.0.113.77" };
    const request = new Request(url, { method: "POST", body: endless, headers, duplex: "half" } as RequestInit);
    const response = await applyRoute(request, { params: Promise.resolve({ org: org.organization.slug, job: org.job.slug }) });
    expect(response.status).toBe(503);
    // A ReadableStream fills its queue with one chunk before anyone reads: nothing beyond that.
    expect(pulled).toBeLessThanOrEqual(1);
  });
});
