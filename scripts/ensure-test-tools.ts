/**
 * The browser and web-server tests need Debian's Chromium and nginx. On a
 * fresh machine (where we run as root with apt), install them; elsewhere say
 * plainly what is missing. Never downloads a browser from anywhere but apt.
 * The editor's browser test needs Decap CMS, which lives in its own package
 * (editor/decap) apart from the site's: install it from npm when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const decap = path.resolve(import.meta.dirname, '../editor/decap');
if (!existsSync(path.join(decap, 'node_modules/decap-cms/dist/decap-cms.js'))) {
  console.log('Installing the browser editor (Decap CMS) into editor/decap for its tests…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: decap, stdio: 'inherit' });
}

const needed = [
  { pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { pkg: 'nginx', path: '/usr/sbin/nginx' },
];
const missing = needed.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const names = missing.map((tool) => tool.pkg);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `The tests need ${names.join(' and ')} from Debian. Install them with:\n  sudo apt-get install -y ${names.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${names.join(', ')} from Debian for the browser and server tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { stdio: 'inherit', env });
}
