import { useCallback, useEffect, useState } from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import type { SegmentText, Workspace } from '../workspace/types';

/** Why a request failed, as the page tells it: the HTTP status and the server's message. */
export interface RequestFailure {
  status: number | null;
  message: string;
}

/** A failure the hook threw, told apart from anything else a `catch` may hold. */
export const isRequestFailure = (value: unknown): value is RequestFailure =>
  typeof value === 'object' && value !== null && 'status' in value && 'message' in value && !(value instanceof Error);

const failure = (error: unknown): RequestFailure =>
  isFetchError(error)
    ? {
        status: error.status ?? null,
        // A body that is not Strapi's error shape (a proxy's page) leaves only the status worth telling.
        message: error.response?.data?.error?.message ?? (error.status ? `HTTP ${error.status}` : error.message),
      }
    : { status: null, message: error instanceof Error ? error.message : String(error) };

export interface WorkspaceApi {
  workspace?: Workspace;
  loadFailure?: RequestFailure;
  /** Asks the server for the workspace again (after an action that answers something else). */
  reload: () => Promise<void>;
  save: (updatedAt: string | null, segments: SegmentText[]) => Promise<Workspace>;
  start: () => Promise<void>;
  copyStructure: (updatedAt: string | null) => Promise<void>;
  markInLine: () => Promise<void>;
  undoInLine: () => Promise<void>;
  nameEntity: (entity: { kind: 'tag' | 'expert'; documentId: string; name: string }) => Promise<void>;
}

/**
 * One translation's workspace and the plugin's routes that change it (issue 20's contract). Every write
 * answers the workspace or is followed by a reload, so the page always shows what is stored; a failed
 * write throws a `RequestFailure` for the page to tell.
 */
export const useWorkspace = (documentId: string, locale: string): WorkspaceApi => {
  const { get, put, post, del } = useFetchClient();
  const [workspace, setWorkspace] = useState<Workspace>();
  const [loadFailure, setLoadFailure] = useState<RequestFailure>();
  const base = `/newsroom/articles/${encodeURIComponent(documentId)}/translations`;
  const url = `${base}/${encodeURIComponent(locale)}`;

  const reload = useCallback(async () => {
    try {
      const { data } = await get<{ data: Workspace }>(`${url}/workspace`);
      setWorkspace(data.data);
      setLoadFailure(undefined);
    } catch (error) {
      setLoadFailure(failure(error));
    }
  }, [get, url]);

  useEffect(() => {
    setWorkspace(undefined);
    void reload();
  }, [reload]);

  const write = useCallback(async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw failure(error);
    }
  }, []);

  const answered = useCallback(
    async (request: () => Promise<{ data: { data: Workspace } }>): Promise<Workspace> => {
      const { data } = await write(request);
      setWorkspace(data.data);
      return data.data;
    },
    [write]
  );

  return {
    workspace,
    loadFailure,
    reload,
    save: (updatedAt, segments) => answered(() => put(`${url}/workspace`, { updatedAt, segments })),
    start: async () => {
      await write(() => post(base, { locale }));
      await reload();
    },
    copyStructure: async (updatedAt) => {
      await answered(() => post(`${url}/workspace/structure`, { updatedAt }));
    },
    markInLine: async () => {
      await write(() => post(`${url}/in-line`));
      await reload();
    },
    undoInLine: async () => {
      await write(() => del(`${url}/in-line`));
      await reload();
    },
    nameEntity: async (entity) => {
      await answered(() => post(`${url}/entities`, entity));
    },
  };
};
