import { z } from "zod";

// Zod probes whether `new Function` works the first time it parses an object; the Content-Security-Policy
// (no 'unsafe-eval', README: Security notes) refuses it and the browser reports a violation even though
// zod catches the error. Without the probe zod validates the same way, only without compiled fast paths.
z.config({ jitless: true });
