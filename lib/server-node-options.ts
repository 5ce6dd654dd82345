// Node options for the app's server process (npm start, the benchmark and the browser tests).
// V8 grows its heap lazily: under the benchmark's load at 100,000 projects the server's resident
// memory reached 455 MB, most of it garbage not yet collected. A cap on the old generation makes
// V8 collect sooner; the benchmark measured no loss of throughput with it (docs/SCALING.md).
// It also preloads the refusal of TRACE, which Next cannot take (lib/refuse-trace.mjs).
export const SERVER_NODE_OPTIONS = '--max-old-space-size=192 --import ./lib/refuse-trace.mjs';

export function withServerNodeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(' ') };
}
