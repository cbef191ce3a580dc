// Replayable randomness: FC_SEED pins fast-check's seed; CI prints the one it used.
import fc from 'fast-check';

const seed =
  process.env.FC_SEED === undefined
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env.FC_SEED);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
if (process.env.CI) console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`);
