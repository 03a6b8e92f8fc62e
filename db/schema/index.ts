export * from "./enums";
export * from "./organizations";
export * from "./accounts";
export * from "./jobs";
export * from "./candidates";
export * from "./interviews";
export * from "./mail";
export * from "./notifications";
