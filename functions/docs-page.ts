/**
 * A self-contained API docs page rendered on the server from the OpenAPI document: no scripts, no
 * CDN, so it works offline and under the strict Content-Security-Policy of the app.
 */
import { openApiDocument } from './openapi';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

export function docsPage(): string {
  const doc = openApiDocument() as {
    info: { title: string; description: string };
    paths: Record<
      string,
      Record<
        string,
        { summary: string; description?: string; requestBody?: unknown; responses: Record<string, unknown> }
      >
    >;
  };
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const body = op.requestBody
        ? `<details><summary>Request body</summary><pre>${escape(JSON.stringify(op.requestBody, null, 2))}</pre></details>`
        : '';
      const ok = Object.entries(op.responses).find(([code]) => code.startsWith('2'));
      const response = ok
        ? `<details><summary>Response ${ok[0]}</summary><pre>${escape(JSON.stringify(ok[1], null, 2))}</pre></details>`
        : '';
      return `<section><h2><code>${method.toUpperCase()} ${escape(path)}</code></h2><p>${escape(op.summary)}${op.description ? ` <em>${escape(op.description)}</em>` : ''}</p>${body}${response}</section>`;
    }),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(doc.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
section{border-top:1px solid #ddd;padding:.5rem 0}pre{background:#f6f6f6;padding:.5rem;overflow:auto;font-size:.8rem}h2{font-size:1rem}</style>
</head><body><h1>${escape(doc.info.title)}</h1><p>${escape(doc.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. Errors are <code>application/problem+json</code> (RFC 9457).</p>
${sections.join('\n')}
</body></html>`;
}
