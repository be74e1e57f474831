#!/usr/bin/env node
// The CLI is TypeScript run through tsx so that `npx insession` works from a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv);
