/** The roles a platform team is counted in, and the two team sizes the staffing data gives. No validator here: the bundles import these without zod. */
export const ROLES = ["operations", "promotion", "customerService", "design", "liveHost", "warehouse"] as const;
export type Role = (typeof ROLES)[number];
export const CONFIGURATIONS = ["lean", "standard"] as const;
export type Configuration = (typeof CONFIGURATIONS)[number];
