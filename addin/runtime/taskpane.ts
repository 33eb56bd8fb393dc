/**
 * The task pane page's entry. For now the pane says whether it runs inside Excel; the real pane
 * (sign-in, roster checks, submission) arrives in a later issue and will start from here.
 */
import { showHostStatus } from './host-status';

// Office is a global only when office.js loaded (inside Office, or a browser with network).
void showHostStatus(document, typeof Office === 'undefined' ? undefined : Office);
