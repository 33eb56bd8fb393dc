import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, Provider } from 'oidc-provider';
import type { DemoAccount } from './demo-accounts';
import { checkPassword } from './issuer-accounts';

/** Where oidc-provider sends the browser when it needs the person to sign in. */
export const INTERACTION_PATH = '/interaction/';

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort)?$/;

/** Login forms are small; anything bigger is not a person typing. */
const MAX_FORM_BYTES = 4_096;

/**
 * The sign-in page of the local issuer: a username/password form for the demo accounts. The add-in
 * is a first-party client, so signing in also grants the requested scopes (no consent screen), the
 * way a Cognito app client does. Returns false for paths that are not ours, so the caller can hand
 * them to oidc-provider.
 */
export function loginHandler(provider: Provider, accounts: readonly DemoAccount[]) {
  return async function handleLogin(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://issuer').pathname;
    const route = ROUTE.exec(path);
    if (!route) return false;
    const [, uid, action] = route;

    let details: InteractionDetails;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      // Missing or expired interaction cookie: the flow must restart from the add-in.
      sendPage(
        res,
        400,
        page('Sign-in expired', '<p>This sign-in has expired. Start again from the add-in.</p>'),
      );
      return true;
    }
    if (details.uid !== uid) {
      sendPage(
        res,
        400,
        page('Sign-in expired', '<p>This sign-in does not match. Start again from the add-in.</p>'),
      );
      return true;
    }

    if (req.method === 'GET' && action === undefined) {
      if (details.prompt.name === 'login') {
        const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : '';
        sendPage(res, 200, loginPage(uid!, hint, null));
      } else {
        // Already signed in (session cookie): only the grant is missing.
        await finish(provider, req, res, details, details.session?.accountId);
      }
      return true;
    }
    if (req.method === 'POST' && action === '/login') {
      const form = await readForm(req);
      const username = form.get('username') ?? '';
      const account = checkPassword(accounts, username, form.get('password') ?? '');
      if (!account) {
        sendPage(res, 401, loginPage(uid!, username, 'Wrong username or password.'));
        return true;
      }
      await finish(provider, req, res, details, account.username);
      return true;
    }
    if (req.method === 'POST' && action === '/abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
      return true;
    }
    res.writeHead(405, { allow: action === undefined ? 'GET' : 'POST' }).end();
    return true;
  };
}

/** Records who signed in and grants the requested OpenID scopes, then resumes the authorization. */
async function finish(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: InteractionDetails,
  accountId: string | undefined,
): Promise<void> {
  if (!accountId) {
    sendPage(res, 400, page('Sign-in expired', '<p>No one is signed in. Start again from the add-in.</p>'));
    return;
  }
  const clientId = String(details.params.client_id);
  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId });
  if (typeof details.params.scope === 'string') grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId }, consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return new URLSearchParams();
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

function loginPage(uid: string, username: string, error: string | null): string {
  const action = `${INTERACTION_PATH}${uid}`;
  return page(
    'Masuk ke Rentan (lokal)',
    `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="${action}/login">
      <label>Nama pengguna / username <input name="username" type="email" autocomplete="username" required value="${escapeHtml(username)}"></label>
      <label>Kata sandi / password <input name="password" type="password" autocomplete="current-password" required></label>
      <button type="submit">Masuk / Sign in</button>
    </form>
    <form method="post" action="${action}/abort"><button type="submit" class="secondary">Batal / Cancel</button></form>
    <p class="note">Local demo issuer: the accounts are printed by <code>npm start</code>.</p>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:22rem;margin:2rem auto;padding:0 1rem;color:#222}
label{display:block;margin:.75rem 0}input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}
button{width:100%;padding:.6rem;font-size:1rem;margin-top:.5rem;background:#0b6a3a;color:#fff;border:0;border-radius:4px}
button.secondary{background:#eee;color:#222}.error{color:#b00020}.note{font-size:.8rem;color:#666}
</style>
</head>
<body><h1>${escapeHtml(title)}</h1>${body}</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
