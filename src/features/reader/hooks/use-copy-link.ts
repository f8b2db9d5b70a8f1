import { useCallback, useEffect, useState } from 'react';

// Long enough to read, short enough not to linger over the text.
const MESSAGE_MS = 2500;

/** The result of the last copy, shown in a status message. */
export type CopyResult = 'copied' | 'failed' | null;

/** Copies a URL with the Clipboard API and reports the outcome for a short, visible confirmation. */
export function useCopyLink(): { result: CopyResult; copy: (url: string) => void } {
  const [result, setResult] = useState<CopyResult>(null);
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    if (!result) return;
    const timer = window.setTimeout(() => setResult(null), MESSAGE_MS);
    return () => window.clearTimeout(timer);
  }, [result, serial]);

  const copy = useCallback((url: string) => {
    const done = (outcome: CopyResult) => {
      setResult(outcome);
      setSerial((n) => n + 1);
    };
    if (!navigator.clipboard) return done('failed');
    navigator.clipboard.writeText(url).then(
      () => done('copied'),
      () => done('failed'),
    );
  }, []);

  return { result, copy };
}
