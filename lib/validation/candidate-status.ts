import { z } from "zod";

/** What the candidate types to confirm "delete my data": it cannot be undone, so a click alone is not enough. */
export const DELETE_DATA_PHRASE = "delete my data";

const confirmMessage = `Type “${DELETE_DATA_PHRASE}” in the box to confirm.`;

// Only the words matter: "Delete my data", as the button spells it, is as deliberate as the lower case.
export const deleteDataSchema = z.object({
  confirm: z
    .string({ error: confirmMessage })
    .trim()
    .toLowerCase()
    .refine((value) => value === DELETE_DATA_PHRASE, confirmMessage),
});

export type DeleteDataInput = z.input<typeof deleteDataSchema>;
