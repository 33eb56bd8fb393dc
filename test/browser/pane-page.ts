/**
 * Puts the task pane's markup (addin/runtime/taskpane.html, the file vite builds) into this test
 * page, the way the built page shows it: the <html> attributes, title, styles and body. Its
 * scripts are left out: office.js lives on Microsoft's servers, and each test runs the pane's
 * module itself with the Office stand-in it needs.
 */
import html from '../../addin/runtime/taskpane.html?raw';

export function renderPaneMarkup(): void {
  const source = new DOMParser().parseFromString(html, 'text/html');
  for (const { name, value } of source.documentElement.attributes) {
    document.documentElement.setAttribute(name, value);
  }
  document.title = source.title;
  for (const style of source.head.querySelectorAll('style')) {
    document.head.append(document.importNode(style, true));
  }
  document.body.replaceChildren(
    ...[...source.body.childNodes].map((node) => document.importNode(node, true)),
  );
}
