/**
 * Runs every benchmark in bench/*.bench.ts, one after another:  npm run bench
 * Each exports a default async function that prints its own table.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
const files = readdirSync(import.meta.dirname).filter((file) => file.endsWith('.bench.ts')).sort();
for (const file of files) {
  const module = (await import(`./${file}`)) as { default: () => Promise<void> | void };
  console.log(`== ${file.replace('.bench.ts', '')} ==`);
  await module.default();
  console.log();
}
