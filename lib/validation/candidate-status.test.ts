import { describe, expect, it } from "vitest";
import { deleteDataSchema } from "./candidate-status";

describe("deleteDataSchema", () => {
  it.each(["delete my data", "Delete my data", "DELETE MY DATA", "  Delete My Data \n"])("accepts the phrase in any case and spacing (%j)", (confirm) => {
    expect(deleteDataSchema.safeParse({ confirm }).success).toBe(true);
  });

  it.each([undefined, "", "delete", "delete my data please", "delete  my data", "yes"])("still requires the phrase (%j)", (confirm) => {
    const result = deleteDataSchema.safeParse({ confirm });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["confirm", "Type “delete my data” in the box to confirm."]]);
  });
});
