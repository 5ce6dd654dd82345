import { withServerNodeOptions } from './server-node-options';

// How every launcher starts the app's production server: `next start`, as Next is meant to be
// served. Used by the browser tests, the benchmark and the reliability tests; `npm start` runs the
// same command after preparing the database. Run from the project's root.
export const SERVER_ARGS = ['node_modules/next/dist/bin/next', 'start'];

export function serverCommand(
  port: number | string,
  env: NodeJS.ProcessEnv,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: [...SERVER_ARGS, '--port', String(port)],
    env: withServerNodeOptions({ ...env, PORT: String(port), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }),
  };
}
