/** The build's settings, given to Astro as data by the site integration (src/build/integration.ts). */
declare module 'virtual:helseplattformen/site' {
  export const site: import('./build/integration.ts').SiteData;
}
