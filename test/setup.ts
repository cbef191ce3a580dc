import fc from 'fast-check';

// Every property run is replayable: the seed comes from FC_SEED when set, and is printed otherwise.
const fromEnv = process.env.FC_SEED;
const seed =
  fromEnv === undefined || fromEnv === '' ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(fromEnv);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${fromEnv}`);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
if (fromEnv === undefined) console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
