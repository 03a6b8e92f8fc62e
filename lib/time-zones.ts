// Asked on every signed-in request (the viewer's zone); building a DateTimeFormat to find out is slow.
const known = new Map<string, boolean>();

/** Whether Intl knows this IANA time zone name ("Europe/Berlin"); "UTC" included. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = known.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    // Only names that are real zones are kept, so a flood of made-up names cannot grow the map.
    if (valid) known.set(timeZone, valid);
  }
  return valid;
}

/** The IANA zones offered in the scheduling form. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf("timeZone");
  return names.includes("UTC") ? names : ["UTC", ...names];
}
