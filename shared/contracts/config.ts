/**
 * Where a deployment's API and sign-in live: the one file the add-in, the formulas and the CLI read
 * first. The AWS release step and the local stack both serve it at CLIENT_CONFIG_PATH on the
 * add-in's origin, and both are checked against this schema.
 */
import * as z from 'zod';

/** On the add-in's origin, beside taskpane.html. */
export const CLIENT_CONFIG_PATH = '/config.json';

const httpsUrl = (what: string) =>
  z.url({
    protocol: /^https$/,
    error: `The ${what} must be an absolute https URL.`,
  });

export const ClientConfigSchema = z.object({
  /** `local` for the embedded stack; the CDK stage name (e.g. `dev`, `prod`) in AWS. */
  stage: z.string().min(1),
  /** The HTTP API's base URL: routes such as `/v1/rosters` go after it. */
  apiUrl: httpsUrl('API URL'),
  auth: z.object({
    /** The OpenID Connect issuer; its discovery document names the sign-in endpoints. */
    issuer: httpsUrl('issuer'),
    /** The add-in's public client id (ID tokens carry it as `aud`). */
    clientId: z.string().min(1),
    /** Every redirect URI registered for the add-in; a sign-in must use one of them. */
    redirectUris: z.array(httpsUrl('redirect URI')).min(1),
    scopes: z.array(z.string().min(1)).min(1),
    /**
     * Where the user returns after signing out. Cognito's hosted pages need it (its discovery
     * document has no end-session endpoint); the local issuer's discovery has one.
     */
    logoutUri: httpsUrl('logout URI').optional(),
    /** The hosted sign-in pages' origin, when it differs from the issuer's (Cognito). */
    signInUrl: httpsUrl('sign-in URL').optional(),
  }),
});

export type ClientConfig = z.infer<typeof ClientConfigSchema>;
