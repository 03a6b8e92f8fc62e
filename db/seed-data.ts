import type { EmploymentType, JobStatus, PayPeriod, QuestionType, WorkplaceType } from "./schema";

export const DEMO_PASSWORD = "candor-demo";

export const demoOrganization = {
  slug: "demo",
  name: "Lumen Robotics",
  website: "https://lumen-robotics.example.com",
};

export const demoUsers = [
  { email: "admin@example.com", name: "Ada Okafor", role: "admin" },
  { email: "recruiter@example.com", name: "Rae Lindqvist", role: "recruiter" },
  { email: "manager@example.com", name: "Hana Moreau", role: "hiring_manager" },
  { email: "interviewer@example.com", name: "Ivan Petrov", role: "interviewer" },
] as const;

type SeedQuestion = { label: string; type: QuestionType; required: boolean; options?: string[]; helpText?: string };
type SeedJob = {
  slug: string;
  title: string;
  department: string;
  location: string;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  pay: { min: number; max: number; currency: string; period: PayPeriod };
  status: JobStatus;
  publishedDaysAgo?: number;
  closesInDays?: number;
  /** Which demo users sit on the hiring team, by role. */
  team: { manager?: boolean; interviewer?: boolean };
  questions: SeedQuestion[];
  descriptionMd: string;
};

const workAuthorisation: SeedQuestion = {
  label: "Are you authorised to work in the country of this role?",
  type: "yes_no",
  required: true,
};

export const demoJobs: SeedJob[] = [
  {
    slug: "senior-backend-engineer",
    title: "Senior Backend Engineer",
    department: "Engineering",
    location: "Remote (Europe)",
    workplaceType: "remote",
    employmentType: "full_time",
    pay: { min: 85_000, max: 110_000, currency: "EUR", period: "year" },
    status: "open",
    publishedDaysAgo: 30,
    closesInDays: 45,
    team: { manager: true, interviewer: true },
    questions: [
      { label: "Why do you want to work on warehouse robots?", type: "long_text", required: true },
      workAuthorisation,
      {
        label: "How many years have you written Go or Rust in production?",
        type: "single_select",
        required: true,
        options: ["Less than 1", "1–3", "3–5", "More than 5"],
      },
      {
        label: "Which areas would you like to work on?",
        type: "multi_select",
        required: false,
        options: ["Fleet telemetry", "Route planning", "Public API", "Developer tooling"],
      },
    ],
    descriptionMd: `Lumen builds the software that lets a few hundred autonomous robots share one warehouse floor without bumping into each other — or into people.

## What you'll do
- Own services in our **fleet control plane**: task assignment, telemetry ingestion (≈40k events/s at peak) and the public API our customers integrate with.
- Design for failure: robots lose Wi-Fi, sites lose power, and the system has to keep moving.
- Review code, mentor two mid-level engineers, and write the design docs others build from.

## What you'll bring
- 5+ years building backend systems in Go, Rust, or a similar language.
- Solid PostgreSQL: you read query plans and know when an index will not help.
- Experience running services you built, including being on call (ours is one week in six, paid).

## Nice to have
- Event streaming (Kafka, NATS, or similar) and time-series storage.
- Any robotics, logistics, or embedded background.

## Why Lumen
- Fully remote within European time zones, with a team week in Lyon twice a year.
- 30 days of holiday, a €1,500 yearly learning budget, and a home-office stipend.
`,
  },
  {
    slug: "product-designer",
    title: "Product Designer",
    department: "Design",
    location: "Berlin, Germany",
    workplaceType: "hybrid",
    employmentType: "full_time",
    pay: { min: 65_000, max: 80_000, currency: "EUR", period: "year" },
    status: "open",
    publishedDaysAgo: 21,
    team: { interviewer: true },
    questions: [
      { label: "Link to your portfolio", type: "short_text", required: true, helpText: "A URL we can open without signing in." },
      { label: "Portfolio PDF (if you prefer a file)", type: "file", required: false },
      workAuthorisation,
    ],
    descriptionMd: `Our operators supervise robots on a busy warehouse floor, often on a tablet, often wearing gloves. We need a designer who makes that calm.

## What you'll do
- Design the **operator console** and the mobile app site managers use on the floor.
- Run research on site visits (about one a month, travel paid) and turn what you see into shipped changes.
- Keep our design system accessible: WCAG 2.2 AA is the floor, not the goal.

## What you'll bring
- 3+ years designing complex tools for professionals.
- A portfolio that shows how you got to the result, not only the result.
- Comfort with Figma and enough front-end knowledge to talk trade-offs with engineers.

## How we work
Hybrid: Tuesdays and Thursdays in our Kreuzberg office, the rest wherever you work best.
`,
  },
  {
    slug: "customer-success-manager",
    title: "Customer Success Manager",
    department: "Customer Success",
    location: "London, United Kingdom",
    workplaceType: "on_site",
    employmentType: "full_time",
    pay: { min: 48_000, max: 58_000, currency: "GBP", period: "year" },
    status: "open",
    publishedDaysAgo: 12,
    closesInDays: 30,
    team: {},
    questions: [
      workAuthorisation,
      { label: "Tell us about a customer you turned around.", type: "long_text", required: false },
    ],
    descriptionMd: `You will be the person our UK customers call first — before a go-live, during peak season, and when something goes wrong.

## Responsibilities
- Own a portfolio of 12–15 warehouse customers from onboarding to renewal.
- Run quarterly business reviews with operations directors using real fleet data.
- Bring what customers need back to Product, with evidence.

## Requirements
- 3+ years in customer success or account management for B2B software or industrial equipment.
- Clear written English; a second European language is a plus.
- Happy to be on site at customer warehouses around two days a month.
`,
  },
  {
    slug: "field-robotics-technician",
    title: "Field Robotics Technician",
    department: "Operations",
    location: "Austin, TX, United States",
    workplaceType: "on_site",
    employmentType: "full_time",
    pay: { min: 28, max: 36, currency: "USD", period: "hour" },
    status: "open",
    publishedDaysAgo: 6,
    team: { manager: true },
    questions: [
      workAuthorisation,
      {
        label: "Which shifts can you work?",
        type: "multi_select",
        required: true,
        options: ["Early (6am–2pm)", "Late (2pm–10pm)", "Weekends"],
      },
    ],
    descriptionMd: `Keep a fleet of 150 robots running at a customer site in Austin.

## The job
- Preventive maintenance, battery swaps, and sensor calibration.
- Diagnose faults with our tooling and work with remote engineers on the tricky ones.
- Train site staff on safe operation.

## You have
- 2+ years as a technician in robotics, automation, or industrial maintenance.
- Confidence with hand tools, multimeters, and reading wiring diagrams.
- A valid driver's licence.

Overtime is paid at 1.5×. Full medical, dental and vision from day one.
`,
  },
  {
    slug: "engineering-manager-platform",
    title: "Engineering Manager, Platform",
    department: "Engineering",
    location: "Amsterdam, Netherlands",
    workplaceType: "hybrid",
    employmentType: "full_time",
    pay: { min: 105_000, max: 130_000, currency: "EUR", period: "year" },
    status: "open",
    publishedDaysAgo: 3,
    team: { manager: true },
    questions: [workAuthorisation],
    descriptionMd: `Lead the six-person team that owns our build, deploy and observability platform.

## You will
- Hire, grow and support the team; run fair, written performance conversations.
- Set the platform roadmap with the other engineering managers.
- Stay close enough to the code to review designs.

## You have
- 2+ years managing engineers, after several years as one.
- Experience with Kubernetes, CI/CD, and observability at a company of 50–500 engineers.
`,
  },
  {
    slug: "head-of-people",
    title: "Head of People",
    department: "People",
    location: "Lyon, France",
    workplaceType: "hybrid",
    employmentType: "full_time",
    pay: { min: 90_000, max: 115_000, currency: "EUR", period: "year" },
    status: "draft",
    team: {},
    questions: [],
    descriptionMd: `_Draft — waiting on sign-off from the leadership team._

Build Lumen's people function as we grow from 80 to 200.
`,
  },
  {
    slug: "frontend-engineering-intern",
    title: "Frontend Engineering Intern",
    department: "Engineering",
    location: "Lyon, France",
    workplaceType: "on_site",
    employmentType: "internship",
    pay: { min: 1_400, max: 1_600, currency: "EUR", period: "month" },
    status: "closed",
    publishedDaysAgo: 90,
    team: { interviewer: true },
    questions: [],
    descriptionMd: `A six-month internship on our operator console, starting in spring.

This posting is closed: thank you to everyone who applied.
`,
  },
];

export const firstNames = [
  "Amara", "Liam", "Sofia", "Noah", "Mei", "Lucas", "Aisha", "Mateo", "Yuki", "Elena",
  "Omar", "Chloe", "Ravi", "Ingrid", "Diego", "Fatima", "Jonas", "Priya", "Tomás", "Zara",
] as const;
export const lastNames = [
  "Adeyemi", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad", "Ivanova", "Jensen",
  "Kowalski", "Larsen", "Müller", "Nakamura", "O'Brien", "Patel", "Rossi", "Silva", "Tanaka", "Wong",
] as const;
export const sources = ["Careers page", "LinkedIn", "Referral", "Indeed", "Conference"] as const;
