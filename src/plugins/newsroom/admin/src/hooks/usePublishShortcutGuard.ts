import { useEffect, useRef } from 'react';

// Strapi's edit view publishes on Cmd/Ctrl + Shift + Enter (content-manager's utils/keyboardShortcuts).
const isPublishShortcut = (event: KeyboardEvent): boolean =>
  (event.metaKey || event.ctrlKey) && event.shiftKey && event.key.toLowerCase() === 'enter';

/**
 * Puts `decide` before Strapi's publish shortcut: Strapi listens on `window` as the event bubbles, so a listener
 * on `window` in the capture phase runs first and holds the event. When `decide` answers true, the same
 * shortcut is replayed to Strapi, which publishes as it would have (with its own draft-relations dialog).
 */
export const usePublishShortcutGuard = (enabled: boolean, decide: () => Promise<boolean>): void => {
  const replaying = useRef(false);
  const latest = useRef(decide);
  latest.current = decide;

  useEffect(() => {
    if (!enabled) return undefined;
    const guard = (event: KeyboardEvent) => {
      if (replaying.current || !isPublishShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const { ctrlKey, metaKey } = event;
      latest
        .current()
        .then((publish) => {
          if (!publish) return;
          replaying.current = true;
          try {
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey, metaKey, shiftKey: true }));
          } finally {
            replaying.current = false;
          }
        })
        .catch(() => undefined);
    };
    window.addEventListener('keydown', guard, { capture: true });
    return () => window.removeEventListener('keydown', guard, { capture: true });
  }, [enabled]);
};
