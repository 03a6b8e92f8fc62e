import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Candor", template: "%s · Candor" },
  description: "Candor, the open-source applicant tracking system.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
