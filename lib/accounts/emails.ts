/** The "forgot password" email. The link is the only copy of the token: it is not stored anywhere readable. */
export function passwordResetEmail(details: { name: string; url: string; validMinutes: number }) {
  return {
    subject: "Reset your Candor password",
    text: [
      `Hello ${details.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Candor account. Choose a new password here:",
      "",
      details.url,
      "",
      `The link works once, for ${details.validMinutes} minutes. Setting a new password signs you out on every device.`,
      "",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}
