/// <reference types="astro/client" />
/** The build's settings, given to Astro as data by the site integration (src/build/integration.ts). */
declare module 'virtual:helseplattformen/site' {
  export const site: import('./build/integration.ts').SiteData;
}

/** `.astro` components imported from TypeScript (the component map for MDX); tsc cannot read their props. */
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}

declare namespace App {
  interface Locals {
    /** The page's language and its interface strings and formats (src/middleware.ts). */
    i18n: import('./i18n/languages.ts').I18n;
  }
}
