import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_DIR } from './strapi';

/** ../shared beside the repository (NEWSROOM_SHARED_DIR overrides): the user's text and the standards. */
export const SHARED_DIR = process.env.NEWSROOM_SHARED_DIR ?? path.resolve(APP_DIR, '..', 'shared');

/** The user's text as given. */
export const SHARED_REFERENCE_FILE = path.join(SHARED_DIR, 'seeds', 'reference-article.ar.txt');

export interface ReferenceText {
  title: string;
  /** The non-empty lines after the title, in order. */
  bodyLines: string[];
}

export const readSharedReference = (): ReferenceText | null => {
  if (!existsSync(SHARED_REFERENCE_FILE)) return null;
  const [title, ...rest] = readFileSync(SHARED_REFERENCE_FILE, 'utf8').split('\n');
  return { title, bodyLines: rest.filter((line) => line.trim() !== '') };
};

export const REFERENCE_TITLE = 'روسيا وطالبان.. تقاطع المصالح في وجه داعش وسط ملامح تقارب حذر';
export const REFERENCE_SLUG = 'روسيا-وطالبان-تقاطع-المصالح-في-وجه-داعش-وسط-ملامح-تقارب-حذر';
