// Runs once when a Candor server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareOrExit } = await import("./instrumentation-node");
  await prepareOrExit();
}
