/**
 * Nothing of the browser editor reaches the public build (issue 16): no
 * Decap bundle, no editor page, configuration or script, and no page that
 * mentions them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the public build', () => {
  const site = inject('siteDir');
  const all = files(site).map((file) => path.relative(site, file).split(path.sep).join('/'));

  it('holds no file of the editor', () => {
    expect(all.filter((file) => /decap|editor\.js|start\.js|editor\.css|config\.yml|^admin\//i.test(file))).toEqual([]);
  });

  it('has no page or script that loads or names the editor', () => {
    const text = all.filter((file) => /\.(html|js|css|json|xml|txt)$/.test(file));
    expect(text.length).toBeGreaterThan(50);
    const offending = text.filter((file) => /decap-cms|CMS_MANUAL_INIT|redigering-token|\/api\/v1/i.test(readFileSync(path.join(site, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
