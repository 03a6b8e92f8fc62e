import type { EmploymentType, JobBoardProvider, PayPeriod, WorkplaceType } from "@/lib/enums";

/** What an imported file was read as: the editor says so, and the corpus checks it. */
export type PostingFormat = "markdown" | "text" | "html" | "docx" | "pdf";

/** The job fields an import can fill, each either given (front matter) or proposed from the text. */
export type PostingFacts = {
  department?: string;
  location?: string;
  workplaceType?: WorkplaceType;
  employmentType?: EmploymentType;
  payMin?: number;
  payMax?: number;
  payCurrency?: string;
  payPeriod?: PayPeriod;
};

/** The groups of fields a proposal covers: a pay range is one proposal of up to four fields. */
export type FactName = "pay" | "workplaceType" | "location" | "employmentType" | "department";

/** Where in the text a fact was found, quoted so the recruiter can check it. */
export type FoundFact = { evidence: string };

/**
 * What the import guessed, repaired and removed, kept on the draft so the editor can show it until the
 * job is published. Stored as JSON on the job (jobs.import_review); every key is optional so older
 * notes still read.
 */
export type ImportReview = {
  format: PostingFormat;
  /** The file was not UTF-8: "UTF-16LE", "Windows-1252". */
  encoding?: string;
  titleGuessed: boolean;
  /** Characters that were mojibake (UTF-8 read as Windows-1252 or Mac Roman) and were read again. */
  repairedCharacters: number;
  /** Stray private-use characters (icon-font glyphs, a lost Apple logo) taken out. */
  removedCharacters: number;
  /** The text of each call to action that sent applicants to another site's application page. */
  removedCallsToAction: string[];
  /** Framework leftovers taken out: "<Button>", "{#if}", "import lines". */
  removedComponents: string[];
  /** Facts proposed from the text, by field group; fields from front matter are not listed. */
  found: Partial<Record<FactName, FoundFact>>;
  /** The board a job imported from Greenhouse or Lever came from, and its page there. */
  source?: ImportSource;
  /** What a board import could not bring over as it was: a second pay range, a question of a kind Candor has not. */
  notes?: string[];
};

export type ImportSource = { provider: JobBoardProvider; board: string; url?: string };

export type ParsedPosting = PostingFacts & {
  title: string;
  slug: string;
  descriptionMd: string;
  review: ImportReview;
};
