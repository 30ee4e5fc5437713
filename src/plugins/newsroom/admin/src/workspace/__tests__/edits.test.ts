import { editedSegments, isSaveShortcut, shownText, tooLongSegments, unsavedAfterSave } from '../edits';
import type { Segment } from '../types';

const segment = (key: string, translation: string, maxLength?: number): Segment => ({
  key,
  group: 'body',
  kind: 'paragraph',
  source: 'نص',
  translation,
  rich: false,
  maxLength,
});

describe('dirty tracking', () => {
  const segments = [segment('title', 'Russia', 10), segment('body.0', ''), segment('body.1', 'kept')];

  it('sends only the segments whose typed text differs from the stored one, in the page order', () => {
    expect(editedSegments(segments, {})).toEqual([]);
    expect(editedSegments(segments, { 'body.1': 'kept', 'body.0': 'New', title: 'Russia and' })).toEqual([
      { key: 'title', text: 'Russia and' },
      { key: 'body.0', text: 'New' },
    ]);
    // Emptying a segment on purpose is an edit too.
    expect(editedSegments(segments, { 'body.1': '' })).toEqual([{ key: 'body.1', text: '' }]);
    expect(shownText(segments[2], {})).toBe('kept');
    expect(shownText(segments[2], { 'body.1': '' })).toBe('');
  });

  it("names the segments over their field's limit", () => {
    expect(tooLongSegments(segments, { title: '0123456789' })).toEqual([]);
    expect(tooLongSegments(segments, { title: '0123456789!', 'body.0': 'x'.repeat(5000) })).toEqual(['title']);
  });

  it('keeps what was typed while a save was under way, and forgets what was saved', () => {
    const saved = [segment('title', 'Russia and'), segment('body.0', 'New'), segment('body.1', 'kept')];
    const sent = [
      { key: 'title', text: 'Russia and' },
      { key: 'body.0', text: 'New' },
    ];
    expect(unsavedAfterSave({ title: 'Russia and', 'body.0': 'New words' }, sent, saved)).toEqual({ 'body.0': 'New words' });
    // Saved as sent is done, even when the server stored it tidied (trailing space dropped).
    expect(unsavedAfterSave({ 'body.0': 'New ' }, [{ key: 'body.0', text: 'New ' }], saved)).toEqual({});
    // A draft matching what is now stored, or for a segment that no longer exists, is done.
    expect(unsavedAfterSave({ 'body.1': 'kept', 'body.9': 'gone' }, [], saved)).toEqual({});
  });

  it('takes Ctrl+S and Cmd+S, not Ctrl+Shift+S or a plain s', () => {
    const keys = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isSaveShortcut({ ...keys, key: 's', ctrlKey: true })).toBe(true);
    expect(isSaveShortcut({ ...keys, key: 'S', metaKey: true })).toBe(true);
    expect(isSaveShortcut({ ...keys, key: 's', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isSaveShortcut({ ...keys, key: 's' })).toBe(false);
  });
});
