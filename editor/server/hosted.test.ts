import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decapConfig } from '../config/decap-config.ts';
import { readVocabulary } from '../config/vocabulary.ts';
import { hostedBackend, writeHostedEditor } from './hosted.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const out = mkdtempSync(path.join(tmpdir(), 'hp-hosted-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the hosted editor', () => {
  it('is the same editor with the shipped git backend, and no local token or API', async () => {
    await writeHostedEditor(out, contentDir);
    const setup = JSON.parse(readFileSync(path.join(out, 'oppsett.json'), 'utf8'));
    expect(setup.config.backend).toEqual(hostedBackend());
    expect(setup.config.backend).toMatchObject({ name: 'gitea', repo: expect.stringMatching(/\//) });
    const local = decapConfig({ backend: { name: 'proxy' }, vocabulary: readVocabulary(contentDir) });
    expect(setup.config.collections).toEqual(JSON.parse(JSON.stringify(local.collections)));
    expect(setup.locale.editor.editorToolbar.publish).toBe('Lagre');
    const page = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(page).not.toContain('redigering-token');
    expect(page).toContain('<meta name="redigering-oppsett" content="oppsett.json">');
    expect(page).toContain('src="decap/decap-cms.js"');
    expect(existsSync(path.join(out, 'decap', 'decap-cms.js'))).toBe(true);
    expect(existsSync(path.join(out, 'editor.js'))).toBe(true);
  });
});
