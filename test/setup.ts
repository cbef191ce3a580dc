// Replayable randomness: FC_SEED fixes fast-check's seed for every property (fast-check prints the
// seed and path of any failure, so a CI failure can be replayed with FC_SEED=<seed>).
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
}
