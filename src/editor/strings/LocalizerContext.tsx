import { createContext, useContext } from 'react';
import { createLocalizer } from './localizer';
import type { Localizer } from './localizer';

const LocalizerContext = createContext<Localizer>(createLocalizer('en'));

export const LocalizerProvider = LocalizerContext.Provider;

/** The strings and formatters for the host's locale. */
export function useLocalizer(): Localizer {
  return useContext(LocalizerContext);
}
