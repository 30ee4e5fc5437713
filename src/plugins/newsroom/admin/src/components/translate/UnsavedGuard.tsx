import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { useMessage } from '../../hooks/useMessage';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Asks before leaving the page with unsaved translation: inside the admin with the page's own dialog, and
 * on closing or reloading the tab with the browser's (the only one a browser allows there).
 */
export const UnsavedGuard = ({ unsaved }: { unsaved: boolean }) => {
  const { message } = useMessage();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search)
  );

  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={message('translate.leave.title')}
      body={message('translate.leave.body')}
      confirmLabel={message('translate.leave.confirm')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
};
