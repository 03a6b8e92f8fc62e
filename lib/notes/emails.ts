/** The email a member gets when a colleague mentions them in a note. `subject` is the candidate's name or alias. */
export function mentionEmail(details: { authorName: string; subject: string; jobTitle: string | null; excerpt: string; url: string }) {
  const about = details.jobTitle ? `${details.subject} (${details.jobTitle})` : details.subject;
  return {
    subject: `${details.authorName} mentioned you in a note about ${details.subject}`,
    text: [
      `${details.authorName} mentioned you in a note about ${about}:`,
      "",
      `"${details.excerpt}"`,
      "",
      `Read the note and reply in Candor: ${details.url}`,
    ].join("\n"),
  };
}
