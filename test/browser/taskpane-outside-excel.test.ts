/**
 * The page's entry module (addin/runtime/taskpane.ts) as the page runs it, with no Office global:
 * the page opened in a plain browser, or office.js unreachable.
 */
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { renderPaneMarkup } from './pane-page';

it('without Office, the entry tells the user to open the pane from Excel and throws nothing', async () => {
  expect(typeof Office).toBe('undefined');
  const errors: unknown[] = [];
  addEventListener('error', (event) => errors.push(event.error));
  addEventListener('unhandledrejection', (event) => errors.push(event.reason));
  renderPaneMarkup();

  await import('../../addin/runtime/taskpane');

  await expect
    .element(page.getByRole('status'))
    .toHaveTextContent(
      'Buka panel ini dari Excel (tab Beranda → Rentan) untuk memakainya. Open this pane from Excel (Home tab → Rentan) to use it.',
    );
  expect(errors).toEqual([]);
});
