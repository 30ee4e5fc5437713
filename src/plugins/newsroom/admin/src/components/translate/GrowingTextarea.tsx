import { useEffect, useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';
import { styled } from 'styled-components';

const Area = styled.textarea`
  width: 100%;
  min-height: 4rem;
  resize: none;
  overflow: hidden;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral0};
  color: ${({ theme }) => theme.colors.neutral800};
  font: inherit;
  font-size: 1.4rem;
  line-height: 1.6;

  &:focus {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 1px;
  }

  &:disabled {
    background: ${({ theme }) => theme.colors.neutral150};
    color: ${({ theme }) => theme.colors.neutral600};
  }

  &[aria-invalid='true'] {
    border-color: ${({ theme }) => theme.colors.danger600};
  }
`;

const fit = (area: HTMLTextAreaElement) => {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
};

/** A textarea as tall as its text: a translator sees the whole paragraph beside its source, never a scrollbar. */
export const GrowingTextarea = (props: TextareaHTMLAttributes<HTMLTextAreaElement>) => {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (ref.current) fit(ref.current);
  }, [props.value]);
  // A narrower column wraps the text onto more lines: fit again when the width changes (not the height,
  // which fitting itself changes).
  useEffect(() => {
    const area = ref.current;
    if (!area) return undefined;
    let width = area.offsetWidth;
    const observer = new ResizeObserver(() => {
      if (area.offsetWidth === width) return;
      width = area.offsetWidth;
      fit(area);
    });
    observer.observe(area);
    return () => observer.disconnect();
  }, []);
  return <Area ref={ref} rows={1} {...props} />;
};
