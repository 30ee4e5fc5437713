import { VisuallyHidden } from '@strapi/design-system';
import { styled } from 'styled-components';
import { useMessage } from '../../hooks/useMessage';
import { diffRuns } from '../../workspace/changes';
import type { DiffPart } from '../../workspace/types';

// Added words underlined, removed ones struck through: the marks carry the meaning, the colour repeats it.
const Added = styled.ins`
  text-decoration: underline;
  text-decoration-thickness: 2px;
  background: ${({ theme }) => theme.colors.success100};
  color: ${({ theme }) => theme.colors.success700};
`;

const Removed = styled.del`
  text-decoration: line-through;
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
`;

/** A word diff of the source, in the source's direction and language. */
export const DiffText = ({ parts, dir, lang }: { parts: DiffPart[]; dir: 'rtl' | 'ltr'; lang: string }) => {
  const { message } = useMessage();
  return (
    <span dir={dir} lang={lang} style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
      {diffRuns(parts).map((run, index) => {
        if (run.kind === 'same') return <span key={index}>{run.text}</span>;
        const Mark = run.kind === 'added' ? Added : Removed;
        return (
          <Mark key={index} data-diff={run.kind}>
            <VisuallyHidden>{`[${message(run.kind === 'added' ? 'translate.diff.added' : 'translate.diff.removed')}] `}</VisuallyHidden>
            {run.text}
          </Mark>
        );
      })}
    </span>
  );
};
