import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import './clause-sought.css';

const PREFIX = '#clause-';
/** The editor arrives after the page (lazy chunk, then the document over the socket). */
const WAIT_MS = 15_000;

/**
 * Scrolls to the clause named by the URL's `#clause-<clauseId>` (where search results link)
 * once the editor has rendered it — clause blocks carry `data-clause-id` — and marks it for a
 * moment so the eye finds it. Mount it on the draft page.
 */
export function useClauseHashScroll(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith(PREFIX)) return;
    const clauseId = decodeURIComponent(hash.slice(PREFIX.length));
    const selector = `[data-clause-id="${CSS.escape(clauseId)}"]`;
    let done = false;
    const reveal = (): boolean => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) return false;
      done = true;
      element.scrollIntoView({ block: 'center' });
      element.classList.add('clause--sought');
      window.setTimeout(() => element.classList.remove('clause--sought'), 3000);
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (!done && reveal()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timeout = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timeout);
    };
  }, [hash]);
}
