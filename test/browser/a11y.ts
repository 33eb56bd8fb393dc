/**
 * Accessibility basics every state of the task pane must keep, as reusable checks: the real
 * pane (sign-in, roster, submission) adds buttons and sections, and runs the same checks.
 */
import { expect } from 'vitest';
import { page } from 'vitest/browser';

/** Heading levels in document order: h1–h6 and elements with role="heading". */
export function headingLevels(root: ParentNode = document): number[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((heading) =>
    heading.getAttribute('role') === 'heading'
      ? Number(heading.getAttribute('aria-level') ?? 2)
      : Number(heading.tagName.slice(1)),
  );
}

/**
 * What is wrong with an outline, in words: it must open with the one h1 and never skip a
 * level going down (h1 → h3), which leaves screen-reader users wondering what they missed.
 */
export function headingProblems(levels: readonly number[]): string[] {
  const problems: string[] = [];
  if (levels[0] !== 1) problems.push(`the first heading is h${levels[0] ?? '(none)'}, not h1`);
  const ones = levels.filter((level) => level === 1).length;
  if (ones > 1) problems.push(`${ones} h1 headings, expected one`);
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous !== undefined && level > previous + 1)
      problems.push(`h${previous} is followed by h${level}`);
  });
  return problems;
}

/**
 * Every button (by role, so styled links and divs count too) has an accessible name. Returns how
 * many it checked. The buttons are already on the page, so a short retry is plenty.
 */
export async function expectEveryButtonNamed(timeout = 500): Promise<number> {
  const buttons = page.getByRole('button').all();
  for (const button of buttons) await expect.element(button, { timeout }).toHaveAccessibleName();
  return buttons.length;
}

/** Top-level body content outside any landmark: screen-reader users who jump by region miss it. */
export function contentOutsideLandmarks(): string[] {
  const landmarks = 'main, header, footer, nav, aside, [role="main"], [role="banner"], [role="contentinfo"]';
  return [...document.body.children]
    .filter((element) => !element.matches(landmarks) && element.tagName !== 'SCRIPT')
    .map((element) => element.outerHTML.slice(0, 60));
}
