/**
 * Every figure in the rate tables names where it comes from, so a finance officer can check it and
 * an auditor can see which figures are settled law and which are working assumptions.
 */
export interface Citation {
  /** The instrument(s) the figure rests on, as the regulation is usually cited. */
  readonly source: string;
  /** True when domain.md marks the figure as an assumption (reported, not confirmed in the text of the law). */
  readonly assumption: boolean;
  /** Anything a reader should know about how the figure is read or applied. */
  readonly note?: string;
}
