import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

const SERVICE_UID = 'plugin::documentation.documentation';
const CONTROLLER_UID = 'plugin::documentation.documentation';
const DOCUMENT_FILE = 'full_documentation.json';

interface DocumentationService {
  getDocumentationVersion(): string;
  getFullDocumentationPath(): string;
  generateFullDoc(version?: string): Promise<void>;
}

interface PerInstanceService extends DocumentationService {
  /** This instance's folder, removed when it stops. */
  instanceFolder: string;
  /** The document of `version`, from memory; generated on first use (production starts do not generate). */
  document(version: string): Promise<string>;
}

interface DocumentationController {
  index(ctx: Context, next: () => Promise<void>): Promise<void>;
}

/** Swagger UI's page as the documentation plugin fills it (its package exports no path to it). */
const swaggerPage = (): string => {
  const pluginRoot = path.dirname(require.resolve('@strapi/plugin-documentation/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module holding the page as a string.
  return require(path.join(pluginRoot, 'dist', 'server', 'public', 'index.html.js')) as string;
};

// Inside a <script>: a "</script>" in a description must not end it.
const scriptSafeJson = (json: string): string => json.replace(/</g, '\\u003c');

/**
 * The documentation plugin writes the OpenAPI document into the app's folder (src/extensions/documentation) at
 * every start and serves it from there: instances sharing the folder (one image, one volume) serve whichever
 * wrote last, with its `servers` address, and a read-only folder breaks the start. Here each instance generates
 * it into a folder of its own under the system's temporary folder, keeps it in memory, and serves the page from
 * memory; nothing is written into the app's folder.
 */
export const documentationPerInstance = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('documentation')) return;
  const documents = new Map<string, string>();

  strapi.get('services').extend(SERVICE_UID, (stock: DocumentationService): PerInstanceService => {
    const instanceFolder = mkdtempSync(path.join(tmpdir(), 'newsroom-openapi-'));
    const service: PerInstanceService = {
      ...stock,
      instanceFolder,
      getFullDocumentationPath: () => instanceFolder,
      async generateFullDoc(version) {
        await stock.generateFullDoc.call(service, version);
        const generated = version ?? service.getDocumentationVersion();
        documents.set(generated, await readFile(path.join(instanceFolder, generated, DOCUMENT_FILE), 'utf8'));
      },
      async document(version) {
        if (!documents.has(version)) await service.generateFullDoc(version);
        return documents.get(version) as string;
      },
    };
    return service;
  });

  strapi.get('controllers').extend(CONTROLLER_UID, (stock: DocumentationController): DocumentationController => ({
    ...stock,
    async index(ctx) {
      const service = strapi.service(SERVICE_UID) as PerInstanceService;
      const { major, minor, patch } = ctx.params as Record<string, string | undefined>;
      const version = major && minor && patch ? `${major}.${minor}.${patch}` : service.getDocumentationVersion();
      if (version !== service.getDocumentationVersion()) return ctx.notFound(`no documentation for version ${version}`);
      const spec = scriptSafeJson(JSON.stringify(JSON.parse(await service.document(version))));
      ctx.type = 'html';
      ctx.body = swaggerPage()
        .replace(/<%=backendUrl%>/g, () => strapi.config.get<string>('server.url', ''))
        .replace('<%=spec%>', () => spec);
    },
  }));
};

/** Removes this instance's folder of the document when it stops. */
export const removeDocumentationFolder = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('documentation')) return;
  const { instanceFolder } = strapi.service(SERVICE_UID) as Partial<PerInstanceService>;
  if (instanceFolder) rmSync(instanceFolder, { recursive: true, force: true });
};
