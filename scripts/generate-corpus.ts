/**
 * `npm run corpus -- --out <dir>`: writes a generated demonstration corpus
 * (news, documents with PDF attachments, answers, municipality events) for
 * performance work and screenshots. Never real content; see tools/corpus/.
 */
import path from 'node:path';
import { main } from '../tools/corpus/cli.ts';

process.exitCode = main(process.argv.slice(2), path.resolve(import.meta.dirname, '..'));
