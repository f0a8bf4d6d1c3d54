import { createContext, useContext } from 'react';
import type { Readiness } from './readiness.ts';

/** What the 3D view needs from the player it is drawn for (handed down, never global). */
export interface ViewServices {
  readonly readiness: Readiness;
}

export const ViewContext = createContext<ViewServices | null>(null);

export function useViewServices(): ViewServices {
  const services = useContext(ViewContext);
  if (!services) throw new Error('a view component outside <ViewContext.Provider>');
  return services;
}
