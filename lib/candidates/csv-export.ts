/** A candidate export's row as the query returns it (db/queries/candidate-search.ts). */
export type CandidateExportRow = {
  candidate_id: string;
  name: string;
  email: string;
  phone: string | null;
  location: string | null;
  job_title: string;
  stage_name: string;
  status: string;
  source: string | null;
  applied_at: Date | string;
};

export const CANDIDATE_CSV_HEADER = ["Candidate ID", "Name", "Email", "Phone", "Location", "Job", "Stage", "Status", "Source", "Applied at"];

/** One application of a candidate as a CSV row (lib/csv.ts quotes it and neutralises formulas). */
export const candidateCsvRow = (row: CandidateExportRow) => [
  row.candidate_id,
  row.name,
  row.email,
  row.phone ?? "",
  row.location ?? "",
  row.job_title,
  row.stage_name,
  row.status,
  row.source ?? "",
  new Date(row.applied_at),
];
