/**
 * Astro's collections: one per kind in the registry, each loaded from the
 * content the check has accepted (src/content-model/loader.ts). The content
 * folder and build date come from the site integration as data
 * (`virtual:helseplattformen/site`), never from environment variables here.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { site } from 'virtual:helseplattformen/site';
import { contentLoader } from './content-model/loader.ts';
import { kinds } from './content-model/registry.ts';

type Kind = (typeof kinds)[number];
/** The schema Astro applies to a kind: its collection schema when it has one, else the check's. */
type SchemaOf<K extends Kind> = K extends { collectionSchema: infer C } ? C : K['schema'];

function collection<K extends Kind>(definition: K): { loader: Loader; schema: SchemaOf<K> } {
  const schema = 'collectionSchema' in definition ? definition.collectionSchema : definition.schema;
  // The registry's types are exact per kind; defineCollection cannot see that through the union.
  return defineCollection({ loader: contentLoader(definition.id, site), schema: schema as never }) as never;
}

export const collections = Object.fromEntries(kinds.map((definition) => [definition.id, collection(definition)])) as unknown as {
  [K in Kind as K['id']]: ReturnType<typeof collection<K>>;
};
