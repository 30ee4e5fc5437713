import type { Core } from '@strapi/strapi';
import type { DeskResult } from '../services/desk';
import { newsroomService } from '../utils/services';
import { deskParams, fileBody, returnBody } from '../validation/desk';
import { parseOrThrow } from '../validation/parse';
import { assertKnownLocale, conflict, notFound } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

// Why a move was refused, by the stage the piece is at.
const REFUSALS = {
  file: {
    desk: 'is already at the desk',
    published: 'is published and unchanged since: there is nothing to file',
    writing: 'cannot be filed',
  },
  return: {
    desk: 'cannot be returned',
    published: 'is not at the desk: only a filed piece can be returned',
    writing: 'is not at the desk: only a filed piece can be returned',
  },
} as const;

/** The admin's routes of the desk: where a piece stands, filing it, returning it, what changed since it was published. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const params = async (ctx: Context) => {
    const { documentId, locale } = parseOrThrow(deskParams, ctx.params, 'query');
    await assertKnownLocale(strapi, locale);
    return { documentId, locale };
  };

  const answer = (ctx: Context, result: DeskResult, move: 'file' | 'return', documentId: string, locale: string) => {
    if (result.kind === 'not-found') return notFound(`article in "${locale}"`, documentId);
    if (result.kind === 'refused') {
      return conflict(ctx, `The "${locale}" version of article ${documentId} ${REFUSALS[move][result.state.stage]}`);
    }
    ctx.body = { data: result.state };
  };

  return {
    async state(ctx: Context) {
      const { documentId, locale } = await params(ctx);
      const state = await newsroomService(strapi, 'desk').stateOf(documentId, locale);
      if (!state) return notFound(`article in "${locale}"`, documentId);
      ctx.body = { data: state };
    },

    async file(ctx: Context) {
      const { documentId, locale } = await params(ctx);
      const { note } = parseOrThrow(fileBody, ctx.request.body ?? {});
      const result = await newsroomService(strapi, 'desk').file(documentId, locale, note?.trim() || null);
      return answer(ctx, result, 'file', documentId, locale);
    },

    async return(ctx: Context) {
      const { documentId, locale } = await params(ctx);
      const { note } = parseOrThrow(returnBody, ctx.request.body ?? {});
      const result = await newsroomService(strapi, 'desk').return(documentId, locale, note.trim());
      return answer(ctx, result, 'return', documentId, locale);
    },

    async changes(ctx: Context) {
      const { documentId, locale } = await params(ctx);
      const changes = await newsroomService(strapi, 'desk').changesSincePublished(documentId, locale);
      if (!changes) return notFound(`article in "${locale}"`, documentId);
      ctx.body = { data: changes };
    },
  };
};
