// The roles an administrator hands out (pure, for the API schema and the staff app's form alike). Citizens
// never get a staff account.
export const STAFF_ROLES = ['caseworker', 'team_lead', 'reception', 'safety', 'analyst', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
