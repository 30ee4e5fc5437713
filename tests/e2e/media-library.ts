import type { Locator, Page } from 'playwright-core';
import { strapiLabel } from './strapi-labels';

/**
 * Uploads a file from the computer through a media field's dialog, as a journalist does: click the empty field,
 * *Add more assets*, choose the file, upload it to the library, finish with it selected. Resolves once the field
 * shows the image.
 */
export const uploadIntoMediaField = async (page: Page, field: Locator, file: string): Promise<void> => {
  await field.getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: strapiLabel('upload.modal.upload-list.sub-header.button') }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  // The footer's last button: "Upload 1 asset to the library", then "Finish" with the upload selected.
  const footerAction = () => dialog.locator('footer button').last();
  const uploaded = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/upload');
  await footerAction().click();
  const status = (await uploaded).status();
  if (status !== 201) throw new Error(`the upload answered ${status}`);
  // Uploaded, the dialog shows its *Selected files* tab, the upload in it.
  await dialog.locator('[role=tab][id$="-trigger-selected"][aria-selected=true]').waitFor();
  await footerAction().click();
  await dialog.waitFor({ state: 'detached' });
  await field.locator('img').waitFor();
};
