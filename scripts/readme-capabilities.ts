// Writes the "who can do what" table generated from lib/permissions.ts into README.md.
import { readFileSync, writeFileSync } from "node:fs";
import { roleLabels } from "@/lib/format";
import { capabilityTable } from "@/lib/permissions";
const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", readme.replace(/(<!-- capabilities:start -->\n)[\s\S]*?(\n<!-- capabilities:end -->)/, `$1${capabilityTable(roleLabels)}$2`));
