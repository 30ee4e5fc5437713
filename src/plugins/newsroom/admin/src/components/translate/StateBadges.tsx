import { Badge, Flex } from '@strapi/design-system';
import { useMessage } from '../../hooks/useMessage';
import { stateBadges, type StateBadge, type TranslationStatus } from '../../workspace/states';

const COLOURS: Record<StateBadge, { textColor: string; backgroundColor: string }> = {
  outdated: { textColor: 'danger700', backgroundColor: 'danger100' },
  missing: { textColor: 'warning700', backgroundColor: 'warning100' },
  draft: { textColor: 'secondary700', backgroundColor: 'secondary100' },
  published: { textColor: 'success700', backgroundColor: 'success100' },
  modified: { textColor: 'alternative700', backgroundColor: 'alternative100' },
  source: { textColor: 'neutral700', backgroundColor: 'neutral150' },
};

/** A translation's status in words: outdated always says whether the translation is live. */
export const StateBadges = (props: { status: TranslationStatus; published: boolean; modified?: boolean }) => {
  const { message } = useMessage();
  return (
    <Flex gap={1} wrap="wrap">
      {stateBadges(props).map((badge) => (
        <Badge key={badge} {...COLOURS[badge]} data-badge={badge}>
          {message(`translationStatus.${badge}`)}
        </Badge>
      ))}
    </Flex>
  );
};
