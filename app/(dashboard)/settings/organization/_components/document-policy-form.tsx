"use client";

import { CheckboxSettingForm } from "@/components/forms/checkbox-setting-form";
import { documentPolicySchema } from "@/lib/validation/organization";
import { updateDocumentPolicyAction } from "../actions";

export function DocumentPolicyForm({ allowActiveContent }: { allowActiveContent: boolean }) {
  return (
    <CheckboxSettingForm
      action={updateDocumentPolicyAction}
      schema={documentPolicySchema}
      name="allowActiveContent"
      checked={allowActiveContent}
      formLabel="Application documents"
      label="Accept documents with macros or embedded objects"
      description="While this is off, candidates are asked to upload such Word or RTF files again without them (as PDF, for example). Macros and embedded objects can run code when a recruiter opens the file in Word: turn this on only if your recruiters open documents with macros disabled."
      savedMessage="Document rule saved."
      submitLabel="Save document rule"
    />
  );
}
