import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as applyRoute } from "@/app/api/careers/[org]/jobs/[job]/applications/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { clientAddress, parseTrustedProxies, type TrustedProxies } from "@/lib/client-address";
import { clientIp, PEER_ADDRESS_HEADER, recordPeerAddresses } from "@/server/http/client-ip";
import { setupTestDatabase } from "@/test/database";

// Issue 15, finding 3: per-address limits must not believe an X-Forwarded-For header that anyone can send.

// Its own database: the rate-limit counters are keyed by address, whichever organisation is applied to.
const db = setupTestDatabase({ ownDatabase: true });
const resumePdf = readFileSync(path.join(__dirname, "../files/resume.pdf"));

const trusted = (value: string) => parseTrustedProxies(value) as TrustedProxies;

describe("clientAddress", () => {
  it("without trusted proxies is the connection's address, whatever the header says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", trusted(""))).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", null, trusted(""))).toBe("203.0.113.9");
  });

  it("behind trusted proxies is the right-most address that is not one of them", () => {
    const proxies = trusted("10.0.0.0/8, 2001:db8::/32");
    // nginx appends the address it was connected from; the client wrote the left part itself.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.1.1.1", proxies)).toBe("198.51.100.7");
    expect(clientAddress("2001:db8::1", "198.51.100.7", proxies)).toBe("198.51.100.7");
    // Not from a trusted proxy: its header counts for nothing.
    expect(clientAddress("198.51.100.99", "6.6.6.6", proxies)).toBe("198.51.100.99");
    // Only proxies in the chain: the left-most is the best there is.
    expect(clientAddress("10.0.0.2", "10.0.0.3", proxies)).toBe("10.0.0.3");
  });

  it("with a hop count skips that many addresses from the right", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", trusted("1"))).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 172.16.0.1", trusted("2"))).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", null, trusted("2"))).toBe("10.0.0.2");
  });
});

describe("clientIp before the connection's address is recorded", () => {
  it("counts every client as one, rather than believe a header", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4", [PEER_ADDRESS_HEADER]: "5.6.7.8" }))).toBe("unknown");
  });
});

describe("applying over a real connection with a forged X-Forwarded-For on every request", () => {
  let org: IsolatedOrganization;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    org = await createIsolatedOrganization(db());
    recordPeerAddresses();
    // A plain Node server passing requests to the route handler, as `next start` does.
    server = http.createServer(async (req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Readable.toWeb(req) as ReadableStream, duplex: "half" } as RequestInit);
      const response = await applyRoute(request, { params: Promise.resolve({ org: org.organization.slug, job: org.job.slug }) });
      res.writeHead(response.status, { "content-type": "application/json" }).end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** One valid application sent from `localAddress` (any 127.x.y.z is this machine) with forged headers. */
  async function apply(localAddress: string, forged: string): Promise<number> {
    const form = new FormData();
    form.append("name", "Rotating Header");
    form.append("email", `rotate-${randomUUID()}@example.com`);
    form.append("resume", new File([resumePdf], "cv.pdf", { type: "application/pdf" }));
    form.append("consent", "on");
    form.append("idempotencyKey", randomUUID());
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          localAddress,
          method: "POST",
          path: "/",
          headers: { "content-type": encoded.headers.get("content-type")!, "content-length": body.length, "x-forwarded-for": forged, [PEER_ADDRESS_HEADER]: forged },
        },
        (response) => response.resume().on("end", () => resolve(response.statusCode!)),
      );
      request.on("error", reject).end(body);
    });
  }

  it("25 applications with 25 different headers from one address: the 21st and later are refused", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 25; i++) statuses.push(await apply("127.0.0.7", `198.51.100.${i}`));
    expect(statuses).toEqual([...Array(20).fill(201), ...Array(5).fill(429)]);
    // Another address is another client.
    expect(await apply("127.0.0.8", "198.51.100.1")).toBe(201);
  });
});
