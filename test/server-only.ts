// Stands in for the "server-only" package under Vitest, which does not run as a React server.
export {};
