import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/**
 * A real S3-compatible server (s3rver) on 127.0.0.1 with one empty bucket, for a test file. It listens on a
 * port the system picks (a fixed one in the ephemeral range can be taken by a client socket): start it, then
 * give Candor its `endpoint`. `pause()` takes the server away and `resume()` brings it back at the same
 * endpoint, its objects kept.
 */
export async function startS3Server(bucket: string) {
  const directory = mkdtempSync(path.join(tmpdir(), "candor-s3-"));
  let port = 0;
  let server: S3rver;
  async function listen() {
    server = new S3rver({ port, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
    ({ port } = await server.run());
  }
  await listen();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    pause: () => server.close(),
    resume: listen,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
