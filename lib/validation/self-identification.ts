/** Voluntary self-identification: every question can be declined, and none is required. */
export const selfIdentificationQuestions = {
  gender: {
    label: "Gender",
    options: [
      ["woman", "Woman"],
      ["man", "Man"],
      ["non_binary", "Non-binary"],
      ["self_describe", "I prefer to self-describe"],
      ["decline", "Decline to answer"],
    ],
  },
  ethnicity: {
    label: "Race or ethnicity",
    options: [
      ["hispanic_latino", "Hispanic or Latino"],
      ["white", "White"],
      ["black", "Black or African American"],
      ["asian", "Asian"],
      ["native_american", "American Indian or Alaska Native"],
      ["pacific_islander", "Native Hawaiian or Other Pacific Islander"],
      ["two_or_more", "Two or more races"],
      ["decline", "Decline to answer"],
    ],
  },
  veteranStatus: {
    label: "Veteran status",
    options: [
      ["protected_veteran", "I identify as a protected veteran"],
      ["not_veteran", "I am not a protected veteran"],
      ["decline", "Decline to answer"],
    ],
  },
  disability: {
    label: "Disability",
    options: [
      ["yes", "Yes, I have a disability (or previously had one)"],
      ["no", "No, I don't have a disability"],
      ["decline", "Decline to answer"],
    ],
  },
} as const;

export type SelfIdentificationField = keyof typeof selfIdentificationQuestions;
