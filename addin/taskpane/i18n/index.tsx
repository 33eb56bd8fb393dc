/** The pane's language: Indonesian by default, English on request; one dictionary each. */
import { createContext, useContext } from 'react';
import type { PaneLanguage } from '../../workbook';
import { en } from './en';
import { id, type Dictionary } from './id';

export const DICTIONARIES: Readonly<Record<PaneLanguage, Dictionary>> = { id, en };
export const DEFAULT_LANGUAGE: PaneLanguage = 'id';

export interface LanguageState {
  lang: PaneLanguage;
  t: Dictionary;
  setLang: (lang: PaneLanguage) => void;
}

export const LanguageContext = createContext<LanguageState>({ lang: 'id', t: id, setLang: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export type { Dictionary };
