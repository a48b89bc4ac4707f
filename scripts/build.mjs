#!/usr/bin/env node
// Builds both bundles (rollup) and the type declarations (tsc), from a clean dist/.
import { rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.js', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// For projects with their own bundler: unbundled ES modules (lit and rrule stay
// imports), and `participation-calendar/element`, the class without registering it.
run('npx', ['tsc', '-p', 'tsconfig.esm.json']);
writeFileSync('dist/element.js', "export { ParticipationCalendar } from './esm/participation-calendar.js';\n");
console.log('Built dist/participation-calendar.js, dist/participation-calendar.iife.js, dist/esm/, dist/element.js and dist/types/.');
