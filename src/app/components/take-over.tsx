import { useLayoutEffect } from 'react';

/** Runs `onCommit` in the app's first commit, before that frame paints (see src/app/prerendered.ts). */
export function TakeOver({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}
