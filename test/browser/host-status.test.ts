/**
 * showHostStatus on the real pane markup, with stand-ins for the Office global (Excel itself is
 * the one part these tests stand in for): what the status line says in each situation.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { showHostStatus, type OfficeReady } from '../../addin/runtime/host-status';
import { renderPaneMarkup } from './pane-page';

beforeEach(() => renderPaneMarkup());

/** An Office stand-in whose onReady resolves with `host`, as office.js does. */
const officeIn = (host: unknown): OfficeReady => ({ onReady: async () => ({ host }) });

/** The status line's sentence in one language. */
const sentence = (lang: 'id' | 'en') => page.getByRole('status').element().querySelector(`[lang="${lang}"]`);

describe('showHostStatus', () => {
  it('outside Office (office.js did not load) says where to open the pane, in both languages', async () => {
    expect(await showHostStatus(document, undefined)).toBe('outside-office');
    expect(sentence('id')?.textContent).toBe(
      'Buka panel ini dari Excel (tab Beranda → Rentan) untuk memakainya.',
    );
    expect(sentence('en')?.textContent).toBe('Open this pane from Excel (Home tab → Rentan) to use it.');
    await expect.element(page.getByRole('status')).not.toHaveTextContent('Loading');
  });

  it('in Excel says it is ready and how to use the formulas', async () => {
    expect(await showHostStatus(document, officeIn('Excel'))).toBe('excel');
    expect(sentence('id')?.textContent).toBe('Siap di Excel. Ketik =RENTAN. di sel untuk memakai rumus.');
    expect(sentence('en')?.textContent).toBe('Ready in Excel. Type =RENTAN. in a cell to use the formulas.');
  });

  it('with office.js in a plain browser tab (Office answers with no host) still says to open it from Excel', async () => {
    expect(await showHostStatus(document, officeIn(null))).toBe('outside-office');
    expect(sentence('en')?.textContent).toBe('Open this pane from Excel (Home tab → Rentan) to use it.');
  });

  it('in another Office application names it and says Rentan runs in Excel only', async () => {
    expect(await showHostStatus(document, officeIn('Word'))).toBe('other-host');
    expect(sentence('id')?.textContent).toBe('Rentan hanya berjalan di Excel; panel ini terbuka di Word.');
    expect(sentence('en')?.textContent).toBe('Rentan runs in Excel only; this pane is open in Word.');
  });

  it('when Office fails to start says so instead of loading forever, and does not reject', async () => {
    const failing: OfficeReady = { onReady: () => Promise.reject(new Error('host handshake failed')) };
    expect(await showHostStatus(document, failing)).toBe('office-failed');
    expect(sentence('en')?.textContent).toBe(
      'Office failed to start. Close this pane and open it again from Excel.',
    );
    expect(sentence('id')?.textContent).toBe(
      'Office gagal dimulai. Tutup panel ini lalu buka lagi dari Excel.',
    );
  });

  it('keeps "Loading" on screen while Office is still starting', async () => {
    let ready!: (info: { host: string }) => void;
    const starting: OfficeReady = { onReady: () => new Promise((resolve) => (ready = resolve)) };
    const shown = showHostStatus(document, starting);
    await expect.element(page.getByRole('status')).toHaveTextContent('Memuat… Loading…');
    ready({ host: 'Excel' });
    expect(await shown).toBe('excel');
    await expect.element(page.getByRole('status')).toHaveTextContent(/^Siap di Excel\..* Ready in Excel\./);
  });

  it('replaces the status text rather than adding to it, when called again', async () => {
    await showHostStatus(document, undefined);
    await showHostStatus(document, officeIn('Excel'));
    const status = page.getByRole('status').element();
    expect(status.querySelectorAll('[lang]')).toHaveLength(2);
    expect(status.textContent).not.toContain('Open this pane');
  });

  it('rejects a page without the status element, and an object that is not the Office global', async () => {
    document.body.innerHTML = '<main><h1>Rentan</h1></main>';
    await expect(showHostStatus(document, undefined)).rejects.toThrow(
      'page: the task pane page needs an element with id "status".',
    );
    renderPaneMarkup();
    await expect(showHostStatus(document, {} as OfficeReady)).rejects.toThrow(
      'office: pass the Office global (it has onReady), or undefined when it is absent.',
    );
  });
});
