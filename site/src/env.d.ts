// The examples of the repository, bundled at build time by scripts/site/build.mjs.
declare module 'virtual:examples' {
  /** Each JSON file under examples/, by its path there (`change-orders/01-sendable.json`), as text. */
  const examples: Readonly<Record<string, string>>;
  export default examples;
}
