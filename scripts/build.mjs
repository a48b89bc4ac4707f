#!/usr/bin/env node
// Builds both bundles (rollup) and the type declarations (tsc), from a clean dist/.
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.js', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
console.log('Built dist/participation-calendar.js, dist/participation-calendar.iife.js and dist/types/.');
