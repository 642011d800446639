/**
 * A small reading interface over parse5, the standards-conforming HTML
 * parser: a page's elements in document order (SVG and MathML included, so
 * the map's links count), their attributes decoded as the browser sees them,
 * text content and source lines for messages.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** An element of a parsed page. */
export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** A parsed page: every element in document order. */
export interface HtmlDocument {
  elements: Element[];
}

/**
 * Parses a page. The content of `<template>` is left out: it is not part of
 * the rendered page, so its ids are not fragment targets and its links are
 * only followed once a script clones them.
 */
export function parseHtml(source: string): HtmlDocument {
  const elements: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    if ('childNodes' in node && node.nodeName !== 'template') node.childNodes.forEach(visit);
  };
  visit(parse(source, { sourceCodeLocationInfo: true }));
  return { elements };
}

/** The elements with this (lowercase) tag name. */
export function byTag(document: HtmlDocument, tagName: string): Element[] {
  return document.elements.filter((element) => element.tagName === tagName);
}

/**
 * An attribute's value (references already decoded), or null when absent.
 * Matches the local name, so `href` also finds SVG's `xlink:href`.
 */
export function attr(element: Element, name: string): string | null {
  return element.attrs.find((attribute) => attribute.name === name)?.value ?? null;
}

/** An attribute's whitespace-separated tokens, lowercased (`rel`, `class`). */
export function tokens(element: Element, name: string): string[] {
  return (attr(element, name) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** The element's text, as `textContent` gives it. */
export function textContent(element: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(element);
  return text;
}

/** The line the element's start tag is on (1-based), for messages. */
export function lineOf(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 0;
}

/**
 * The start tag and attribute as a reader would find them in the source,
 * with a link's text, since built pages are often one long line:
 * `<img srcset> on line 12`, `<a href> «Dokumenter» on line 1`.
 */
export function describe(element: Element, attribute?: string): string {
  const found = attribute === undefined ? undefined : element.attrs.find((a) => a.name === attribute);
  const name = found?.prefix ? `${found.prefix}:${found.name}` : attribute;
  const text = element.tagName === 'a' ? textContent(element).trim().replace(/\s+/g, ' ') : '';
  const label = text ? ` «${text.length > 60 ? `${text.slice(0, 59)}…` : text}»` : '';
  return `<${element.tagName}${name ? ` ${name}` : ''}>${label} on line ${lineOf(element)}`;
}
