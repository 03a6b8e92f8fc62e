/** The confirmation a candidate receives: plain words, the job, and the private status link. */
export function confirmationEmail(details: { name: string; jobTitle: string; organizationName: string; statusUrl: string }) {
  const subject = `We received your application for ${details.jobTitle}`;
  const text = [
    `Hi ${details.name},`,
    "",
    `Thank you for applying for ${details.jobTitle} at ${details.organizationName}. We have received your application and will review it soon.`,
    "",
    "You can see where your application stands, withdraw it, or download or delete your data at any time through your private link:",
    details.statusUrl,
    "",
    "Keep this link to yourself: anyone who has it can see and change your application.",
    "",
    `— ${details.organizationName}`,
  ].join("\n");
  return { subject, text };
}
