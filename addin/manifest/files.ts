/**
 * The files the add-in build writes into `dist/addin/`, by the names the manifest points at.
 * One list so the manifest, the build and the tests cannot drift apart.
 */
export const ADDIN_FILES = {
  /** The shared runtime: one page hosts the task pane and the custom functions. */
  page: 'taskpane.html',
  script: 'functions.js',
  metadata: 'functions.json',
  manifest: 'manifest.xml',
  icon16: 'assets/icon-16.png',
  icon32: 'assets/icon-32.png',
  icon80: 'assets/icon-80.png',
} as const;

export type AddinFile = (typeof ADDIN_FILES)[keyof typeof ADDIN_FILES];

/** Icon sizes Office asks for on the ribbon (16, 32, 80 px) and where each is written. */
export const ICON_SIZES = [
  { size: 16, file: ADDIN_FILES.icon16 },
  { size: 32, file: ADDIN_FILES.icon32 },
  { size: 80, file: ADDIN_FILES.icon80 },
] as const;
