/**
 * The web origins from which Office may frame Rentan's task pane and shared runtime.
 *
 * Excel on the web shows an add-in in an iframe whose parent is an Office page, so the hosting
 * must *allow* framing by these origins (CSP frame-ancestors) and must not send
 * X-Frame-Options: DENY/SAMEORIGIN, which would blank the pane. Excel on Windows and Mac load
 * the pane top-level in a webview, where frame-ancestors does not apply.
 *
 * Source: Microsoft's Office Add-ins documentation on Content Security Policy and the domains
 * Office on the web is served from (office.com, officeapps.live.com, sharepoint.com for
 * files in OneDrive/SharePoint, and the newer cloud.microsoft domain).
 */
export const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
] as const;
