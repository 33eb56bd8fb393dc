/**
 * What the pane's components are given instead of reaching for globals: the workbook (the Excel
 * adapter, or a fake in tests), sign-in and the API (client/, wired in when it lands), and today's
 * date (shared/ reads no clock, and the pane's tests fix it).
 */
import type { IsoDate } from '../../shared/calendar';
import type { RosterWorkbook } from '../workbook';

export interface SignedInUser {
  name: string;
  regency: string;
  roles: readonly string[];
}

export type AuthState =
  { status: 'signed-out' } | { status: 'signed-in'; user: SignedInUser } | { status: 'unavailable' };

/** Sign-in as the pane sees it; the client's OIDC + PKCE implementation provides it. */
export interface PaneAuth {
  current(): AuthState;
  /** Calls back on every change; returns the unsubscribe. */
  subscribe(listener: (state: AuthState) => void): () => void;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

/** The calls steps 4–7 make (create, upload, submit, list, summary); typed with client/ when it lands. */
export type PaneApi = Record<string, never>;

export interface PaneServices {
  workbook: RosterWorkbook;
  auth: PaneAuth;
  api: PaneApi | null;
  today: () => IsoDate;
}

/** Until client/ provides sign-in: the pane says so, and steps 4–7 stay locked. */
export const NO_SIGN_IN: PaneAuth = {
  current: () => ({ status: 'unavailable' }),
  subscribe: () => () => undefined,
  signIn: () => Promise.reject(new Error('Sign-in is not part of this build yet.')),
  signOut: () => Promise.resolve(),
};
