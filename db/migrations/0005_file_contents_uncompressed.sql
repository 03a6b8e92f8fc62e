-- Uploaded files are kept as they are, without TOAST compression. Resumes are PDF and DOCX files whose
-- contents are compressed already; Postgres tried to compress each one anyway (pglz over the whole
-- file) and then stored it uncompressed: a tenth of the machine's CPU during an application burst
-- with realistic 300 KB PDFs (bench/applications.mjs). Rows stored before this keep their form.
ALTER TABLE "file_contents" ALTER COLUMN "data" SET STORAGE EXTERNAL;
