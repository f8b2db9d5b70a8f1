import { useCallback, useState } from 'react';

/**
 * The category to show: the routed one, or the one just clicked until the router commits its
 * route, so the choice shows in the next frame (the click's own render) whatever the router waits for.
 */
export function useChosenCategory(routed: string[] | null): [string[] | null, (to: string[] | null) => void] {
  const [chosen, setChosen] = useState<{ from: string[] | null; to: string[] | null }>();
  const choose = useCallback((to: string[] | null) => setChosen({ from: routed, to }), [routed]);
  return [chosen && chosen.from === routed ? chosen.to : routed, choose];
}
