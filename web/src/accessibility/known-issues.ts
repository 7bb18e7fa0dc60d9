// What is known not to meet WCAG 2.1 AA yet, for the accessibility statement. Remove an entry when
// its fix ships, and move LAST_CHECKED to the day the statement was checked against the app again.

/** The day the statement was last checked against the app (ISO date). */
export const LAST_CHECKED = '2026-12-01';

export interface KnownIssue {
  /** A short name for it: the heading it is listed under. */
  title: string;
  /** What does not work, in the user's words. */
  problem: string;
  /** The WCAG 2.1 success criteria it breaks, in the Norwegian wording of the regulation. */
  criteria: string[];
  /** Who is hit hardest. */
  affects: string;
  /** What we will do about it. */
  plan: string;
}

// Fixed on 2026-12-01 (issue 16), with tests that keep them fixed: the main menu on narrow screens, the
// search field and the region page at 320 px (test/e2e/reflow.test.ts); focus after paging, the error
// summary's rows, search highlights, and GraphiQL's keyboard trap and language
// (test/e2e/accessibility.test.ts).
export const KNOWN_ISSUES: KnownIssue[] = [];
