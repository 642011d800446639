/**
 * Gives every page its language: `Astro.locals.i18n` from the address
 * (`/nn/…` is nynorsk, everything else the main language). Pages write their
 * links once, as main-language addresses; on a page in another language the
 * internal links to translated pages are rewritten here to that language's
 * addresses (`/nyheter/` → `/nn/nyheiter/`), so a reader stays in the
 * language they chose. Links that name their language (`hreflang`, the
 * language switch and the alternates) are left as written.
 */
import { defineMiddleware } from 'astro:middleware';
import { i18nOf, languages } from './i18n/index.ts';
import { languageOfPath, type I18n } from './i18n/languages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = languageOfPath(context.url.pathname, languages);
  const i18n = i18nOf(lang);
  context.locals.i18n = i18n;
  const response = await next();
  if (lang === languages.codes[0] || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(localizeLinks(html, i18n), { status: response.status, statusText: response.statusText, headers: response.headers });
});

/**
 * `html` with the site-relative `href` and `action` addresses of its `<a>`,
 * `<link>` and `<form>` tags in the language of `i18n`, except in tags that
 * carry `hreflang`.
 */
export function localizeLinks(html: string, i18n: I18n): string {
  return html.replace(/<(a|link|form)\b[^>]*>/g, (tag) => {
    if (/\shreflang=/.test(tag)) return tag;
    return tag.replace(/(\s(?:href|action)=")(\/[^"]*)"/g, (_whole, before: string, href: string) => `${before}${i18n.path(href)}"`);
  });
}
