/**
 * Whether a message says it was sent by a program rather than a person: an out-of-office answer, a
 * vacation responder, a ticket system's acknowledgement. RFC 3834's Auto-Submitted (anything but "no"),
 * and the older headers responders still send (X-Autoreply, X-Autorespond, Precedence: auto_reply, bulk
 * or junk). `header` reads one header's value, any case, as a string (or undefined).
 */
export function isAutomaticReply(header: (name: string) => string | undefined): boolean {
  const autoSubmitted = header("auto-submitted")?.split(";")[0]?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return true;
  if (["x-autoreply", "x-autorespond", "x-autoreply-from"].some((name) => header(name) !== undefined)) return true;
  const precedence = header("precedence")?.trim().toLowerCase();
  return precedence === "auto_reply" || precedence === "bulk" || precedence === "junk";
}
