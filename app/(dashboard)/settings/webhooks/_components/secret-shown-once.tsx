/** A signing secret in full, for the one time the page shows it. */
export function SecretShownOnce({ secret }: { secret: string }) {
  return (
    <p className="mt-2">
      <span className="font-medium">Signing secret: </span>
      <code className="break-all rounded bg-white px-1 py-0.5 font-mono text-sm">{secret}</code>
    </p>
  );
}
