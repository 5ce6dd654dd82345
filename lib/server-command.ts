import { withServerNodeOptions } from './server-node-options';

// How every launcher starts the app's production server (server/serve.ts): `npm start`, the
// browser tests, the benchmark and the reliability tests. Run from the project's root.
export const SERVER_ARGS = ['--import', 'tsx', '--import', './server/server-only-outside-next.mjs', 'server/serve.ts'];

export function serverCommand(
  port: number | string,
  env: NodeJS.ProcessEnv,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: SERVER_ARGS,
    env: withServerNodeOptions({ ...env, PORT: String(port), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }),
  };
}
