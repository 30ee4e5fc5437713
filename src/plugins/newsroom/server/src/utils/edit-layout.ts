/** One field of a row of the content manager's edit layout (`layouts.edit`): its width out of 12 columns. */
export interface EditLayoutField {
  name: string;
  size: number;
}

const FULL_WIDTH = 12;

/**
 * The edit layout with `field` alone on a full-width row, where its row was; the fields it shared that row with
 * stay on the next one. The layout as it was when the field is already full width or not in the layout.
 */
export const withFullWidthRow = (edit: EditLayoutField[][], field: string): EditLayoutField[][] => {
  const rowIndex = edit.findIndex((row) => row.some((item) => item.name === field));
  if (rowIndex === -1) return edit;
  const row = edit[rowIndex];
  const item = row.find((candidate) => candidate.name === field) as EditLayoutField;
  if (item.size === FULL_WIDTH && row.length === 1) return edit;
  const rest = row.filter((candidate) => candidate.name !== field);
  return [...edit.slice(0, rowIndex), [{ ...item, size: FULL_WIDTH }], ...(rest.length > 0 ? [rest] : []), ...edit.slice(rowIndex + 1)];
};
