// The scenario through the ESM build (`import`). Run by Node, Deno and Bun.
import * as lib from '../../dist/index.js';
import { exercise } from './exercise.mjs';
import { loadFixtures } from './fixtures.mjs';

process.stdout.write(exercise(lib, loadFixtures()));
