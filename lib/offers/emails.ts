/** The email that carries the approved offer letter to the candidate, with their private status link. */
export function offerEmail(details: { name: string; jobTitle: string; organizationName: string; expiry: string; statusUrl: string }) {
  const subject = `Your offer for ${details.jobTitle} at ${details.organizationName}`;
  const text = [
    `Hi ${details.name},`,
    "",
    `We are pleased to offer you the position of ${details.jobTitle} at ${details.organizationName}. Your offer letter is attached.`,
    "",
    `You can read the offer and accept or decline it until ${details.expiry} through your private link:`,
    details.statusUrl,
    "",
    "Keep this link to yourself: anyone who has it can see and change your application.",
    "",
    `— ${details.organizationName}`,
  ].join("\n");
  return { subject, text };
}
