/**
 * Placeholder task pane: reports that the shared runtime started. The real pane (sign-in,
 * roster checks, submission) arrives in a later issue; it will live beside this file.
 */
const statusLine = document.getElementById('status');

function show(text: string): void {
  if (statusLine) statusLine.textContent = text;
}

// Office is a global only when the page runs inside Office; in a plain browser it is absent.
if (typeof Office === 'undefined') {
  show('Open this page from Excel (Home tab → Rentan) to use it.');
} else {
  void Office.onReady((info) => {
    show(`Ready in ${info.host ?? 'an Office host'}. Formulas are registered under RENTAN.`);
  });
}

// A module, so its names stay out of the page's global scope (window.status exists).
export {};
