import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir, site } from '../../../data/queries.ts';
import { attachmentPath, readAttachment } from '../../../documents/attachment-file.ts';
import { withCacheKeys } from '../../../build/cache-keys.ts';

/**
 * Publishes each attachment of a published document at
 * `/dokumenter/<slug>/<file>`, byte for byte from the content folder, so the
 * SHA-256 on the document page is the checksum of what is served. A rest
 * parameter lets staff keep attachments in a subfolder (`vedlegg/tall.csv`).
 */
export const getStaticPaths = (async () => {
  const { documents } = await site();
  return withCacheKeys('dokumenter/[slug]/[...file]', documents.flatMap((entry) =>
    entry.data.vedlegg.map((attachment) => ({
      params: { slug: entry.id, file: attachmentPath(attachment.fil) },
      props: { attachment },
    })),
  ));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { data } = readAttachment(path.join(contentDir, 'dokumenter'), params.slug!, props.attachment);
  return new Response(new Uint8Array(data));
};
