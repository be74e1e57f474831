#!/usr/bin/env node
// First-run check for `npm start`: Node version and the system programs Insession uses.
// Missing packages are installed with apt-get when running as root without a terminal (containers, CI);
// otherwise the exact command to run is printed. None of them is needed to start: without them audio
// uploads fail with a clear message, while transcripts, analysis and the web app work.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The same list `insession serve` and `insession worker` check at start-up.
const programs = JSON.parse(readFileSync(new URL('./system-programs.json', import.meta.url), 'utf8'));

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Insession needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
const missing = programs.filter((p) => !has(p.bin));
if (missing.length === 0) {
  console.log(`setup: system programs present (${programs.map((p) => p.bin).join(', ')}).`);
  process.exit(0);
}

const packages = [...new Set(missing.flatMap((p) => p.apt.split(' ')))];
for (const p of missing)
  console.warn(`setup: ${p.bin} is missing (needed for ${p.why}); Debian/Ubuntu package: ${p.apt}`);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = `apt-get install -y ${packages.join(' ')}`;
if (isRoot && !process.stdin.isTTY && has('apt-get')) {
  console.log(`setup: installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('sh', ['-c', `${command} -qq`], { stdio: 'inherit', env }) : update;
  if (install.status !== 0) console.warn(`setup: apt-get failed; run \`sudo ${command}\` yourself.`);
} else {
  console.warn(`setup: to install them run:\n\n  sudo apt-get update && sudo ${command}\n`);
}
if (missing.some((p) => !has(p.bin)))
  console.warn('setup: continuing; audio features stay unavailable until installed.');
