import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { messageId, type MessageKey } from '../translations';
import type { Label } from '../workspace/labels';

export type Message = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The plugin's strings in the admin's language, by typed key (the key is the fallback, never shown in practice). */
export const useMessage = (): { message: Message; label: (label: Label) => string } => {
  const { formatMessage } = useIntl();
  const message = useCallback<Message>(
    (key, values) => formatMessage({ id: messageId(key), defaultMessage: key }, values),
    [formatMessage]
  );
  const label = useCallback((entry: Label) => message(entry.key, entry.values), [message]);
  return { message, label };
};
