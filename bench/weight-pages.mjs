// The public pages issue 18 sets weight and Lighthouse targets for, with their JavaScript budgets
// (transferred, compressed), for bench/weight.mjs and bench/lighthouse.mjs.
const KB = 1024;
export const weightPages = [
  { name: "careers list", path: "/careers/demo", maxScript: 30 * KB },
  { name: "posting", path: "/careers/demo/senior-backend-engineer", maxScript: 30 * KB },
  { name: "apply form", path: "/careers/demo/senior-backend-engineer/apply", maxScript: 60 * KB },
];
