/**
 * The task pane's status line: tells the user, in Indonesian and English, whether the pane is
 * running inside Excel. Kept apart from taskpane.ts (the page's entry) so tests can run it against
 * any page and any stand-in for Office.
 */
// No import from shared/ (so a TypeError, not shared's InputError, for a wrong argument): the
// bundler would take the shared code from functions.js, the page's other entry, and the pane's
// chunk would import names from it, where test/addin/build.test.ts expects it only to load it.

/** What the pane found: only `excel` lets the later steps (sign-in, roster) go ahead. */
export type HostState = 'excel' | 'other-host' | 'outside-office' | 'office-failed';

/**
 * The part of the Office global the status needs. At run time `host` is a name such as "Excel"
 * (office.js's HostType values are strings, though @types/office-js declares a numeric enum), or
 * null when office.js runs in a plain browser tab: hence `unknown`.
 */
export interface OfficeReady {
  onReady(): Promise<{ host: unknown }>;
}

interface Sentence {
  readonly id: string;
  readonly en: string;
}

const STATUS: Readonly<Record<HostState, (host: string) => Sentence>> = {
  excel: () => ({
    id: 'Siap di Excel. Ketik =RENTAN. di sel untuk memakai rumus.',
    en: 'Ready in Excel. Type =RENTAN. in a cell to use the formulas.',
  }),
  'other-host': (host) => ({
    id: `Rentan hanya berjalan di Excel; panel ini terbuka di ${host}.`,
    en: `Rentan runs in Excel only; this pane is open in ${host}.`,
  }),
  'outside-office': () => ({
    id: 'Buka panel ini dari Excel (tab Beranda → Rentan) untuk memakainya.',
    en: 'Open this pane from Excel (Home tab → Rentan) to use it.',
  }),
  'office-failed': () => ({
    id: 'Office gagal dimulai. Tutup panel ini lalu buka lagi dari Excel.',
    en: 'Office failed to start. Close this pane and open it again from Excel.',
  }),
};

/** The element the page reserves for the status line. */
export const STATUS_ELEMENT_ID = 'status';

/**
 * Waits for Office (when there is one) and writes the status line. `office` is undefined when
 * office.js did not load (a plain browser, or no network). Whatever Office does, the pane ends up
 * saying something a user can act on; it rejects only when called with the wrong page or object.
 */
export async function showHostStatus(page: Document, office: OfficeReady | undefined): Promise<HostState> {
  const line = page.getElementById(STATUS_ELEMENT_ID);
  if (!line) {
    throw new TypeError(`page: the task pane page needs an element with id "${STATUS_ELEMENT_ID}".`);
  }
  if (office !== undefined && typeof office.onReady !== 'function') {
    throw new TypeError('office: pass the Office global (it has onReady), or undefined when it is absent.');
  }
  let state: HostState;
  let host = '';
  if (office === undefined) {
    state = 'outside-office';
  } else {
    try {
      const info = await office.onReady();
      host = info?.host == null ? '' : String(info.host);
      // office.js in a plain browser tab resolves with no host: that is still outside Excel.
      state = host === 'Excel' ? 'excel' : host === '' ? 'outside-office' : 'other-host';
    } catch {
      state = 'office-failed';
    }
  }
  write(line, STATUS[state](host));
  return state;
}

/** One span per language, so screen readers pronounce each sentence in its own language. */
function write(line: HTMLElement, sentence: Sentence): void {
  const page = line.ownerDocument;
  const parts = (['id', 'en'] as const).map((lang) => {
    const span = page.createElement('span');
    span.lang = lang;
    span.textContent = sentence[lang];
    return span;
  });
  line.replaceChildren(parts[0]!, ' ', parts[1]!);
}
