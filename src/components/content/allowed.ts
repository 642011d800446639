/**
 * The components an MDX item in content/ may use, by name. MDX from the
 * content folder is code, so the check (src/content-model/read/markdown-policy.ts)
 * refuses anything else: no imports, no expressions, only these elements
 * with attribute values written as text. Each name is a component in this
 * folder with the same file name (a test holds the two together).
 */
export const CONTENT_COMPONENTS = ['Faktaboks'] as const;
