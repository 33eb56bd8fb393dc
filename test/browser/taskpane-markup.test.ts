/**
 * The task pane page as a user (and a screen reader) meets it, before any script runs:
 * addin/runtime/taskpane.html rendered in Chromium.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { contentOutsideLandmarks, expectEveryButtonNamed, headingLevels, headingProblems } from './a11y';
import { renderPaneMarkup } from './pane-page';

beforeEach(() => renderPaneMarkup());

describe('task pane markup', () => {
  it('is an Indonesian page titled Rentan, with the product name as its one h1', async () => {
    expect(document.documentElement.lang).toBe('id');
    expect(document.title).toBe('Rentan');
    await expect.element(page.getByRole('heading', { level: 1 })).toHaveTextContent('Rentan');
  });

  it('says what the pane is for in Indonesian and in English, each passage marked with its language', async () => {
    await expect
      .element(page.getByText('Panel ini akan memandu Anda memeriksa dan mengajukan daftar pekerja rentan'))
      .toHaveAttribute('lang', 'id');
    await expect
      .element(page.getByText('This pane will guide you through checking and submitting a roster'))
      .toHaveAttribute('lang', 'en');
    // Both languages also say how to use the formulas today.
    await expect.element(page.getByText('Rumus sudah bisa dipakai')).toHaveAttribute('lang', 'id');
    await expect.element(page.getByText('Formulas work already')).toHaveAttribute('lang', 'en');
  });

  it('marks the language of every passage, so English is never read out with Indonesian rules', () => {
    // Marked itself or inside a marked element (the page's own lang="id" does not count), or
    // made of marked parts (the status line).
    const unmarked = [...document.querySelectorAll('main p, main ol, main ul')].filter(
      (block) => block.closest('[lang]') === document.documentElement && !block.querySelector('[lang]'),
    );
    expect(unmarked.map((block) => block.textContent?.trim().slice(0, 40))).toEqual([]);
  });

  it('keeps all content in a main landmark', async () => {
    await expect.element(page.getByRole('main')).toBeInTheDocument();
    expect(contentOutsideLandmarks()).toEqual([]);
  });

  it('has a heading outline that starts at h1 and skips no level', () => {
    expect(headingLevels()).toEqual([1]);
    expect(headingProblems(headingLevels())).toEqual([]);
  });

  it('has a status live region that says it is loading, in both languages, until the script runs', async () => {
    const status = page.getByRole('status');
    await expect.element(status).toHaveTextContent('Memuat… Loading…');
    await expect.element(status.getByText('Memuat…')).toHaveAttribute('lang', 'id');
    await expect.element(status.getByText('Loading…')).toHaveAttribute('lang', 'en');
  });

  it('gives every button an accessible name', async () => {
    // The placeholder has none yet; the check runs on every state of the pane as buttons arrive.
    await expectEveryButtonNamed();
  });
});

describe('the accessibility checks themselves', () => {
  it('catch a button without a name, and accept one named by its text or aria-label', async () => {
    document.body.innerHTML = '<main><button type="button"></button></main>';
    await expect(expectEveryButtonNamed()).rejects.toThrow();
    document.body.innerHTML =
      '<main><button type="button">Kirim / Submit</button><button aria-label="Tutup / Close">×</button></main>';
    expect(await expectEveryButtonNamed()).toBe(2);
  });

  it('catch a skipped heading level, a second h1 and an outline that does not start at h1', () => {
    expect(headingProblems([1, 2, 3, 2, 3])).toEqual([]);
    expect(headingProblems([1, 3])).toEqual(['h1 is followed by h3']);
    expect(headingProblems([1, 2, 1])).toEqual(['2 h1 headings, expected one']);
    expect(headingProblems([2])).toEqual(['the first heading is h2, not h1']);
    expect(headingProblems([])).toEqual(['the first heading is h(none), not h1']);
    document.body.innerHTML = '<h1>A</h1><div role="heading" aria-level="3">B</div><h2>C</h2>';
    expect(headingLevels()).toEqual([1, 3, 2]);
  });

  it('catch content outside the landmarks', () => {
    document.body.innerHTML = '<main><h1>A</h1></main><p>Lost</p>';
    expect(contentOutsideLandmarks()).toEqual(['<p>Lost</p>']);
  });
});
