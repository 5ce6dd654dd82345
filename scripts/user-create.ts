import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase, databasePath } from '@/db/core/connection';
import { insertUser } from '@/db/accounts/insert-user';
import { hashPassword } from '@/lib/auth/password';
import { firstFieldErrors, newUserSchema } from '@/lib/auth/user-input';

// Creates a user from the command line — how the first admin comes to exist, since there is no
// default account and no default password. The user enrols a second factor (TOTP) at first sign-in:
//   npm run user:create -- --email a@b.example --role admin [--name 张三] [--city 370300 …]
// The password comes from TRACKER_PASSWORD or is asked for on the terminal, without echo.

const USAGE = 'usage: npm run user:create -- --email EMAIL --role admin|editor|viewer [--name NAME] [--city CODE …]';

const MESSAGES: Record<string, string> = {
  emailInvalid: 'not a valid email address',
  nameRequired: 'a name is needed',
  nameTooLong: 'at most 100 characters',
  roleInvalid: 'must be admin, editor or viewer',
  cityUnknown: 'unknown city code',
  tooShort: 'at least 12 characters',
  tooLong: 'at most 128 characters',
  common: 'a common password; choose another',
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Reads a line from the terminal without showing it (raw mode, so the characters never echo).
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) fail('No password: set TRACKER_PASSWORD or run this in a terminal to be asked for one.');
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stdout.write('\n');
          process.exit(130);
        }
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        typed = ch === '\u007f' || ch === '\b' ? Array.from(typed).slice(0, -1).join('') : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.TRACKER_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await askHidden('Password: ');
  if ((await askHidden('Same password again: ')) !== first) fail('The two passwords differ; nothing was created.');
  return first;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        city: { type: 'string', multiple: true },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.email || !values.role) fail(USAGE);
  const input = {
    email: values.email,
    role: values.role as 'admin',
    cityCodes: values.city ?? [],
    displayName: values.name ?? values.email.split('@')[0] ?? values.email,
    password: await readPassword(),
  };
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const errors = Object.entries(firstFieldErrors(parsed.error)).map(
      ([field, key]) => `  ${field}: ${MESSAGES[key ?? ''] ?? key}`,
    );
    fail(`Nothing was created:\n${errors.join('\n')}`);
  }
  const db = openDatabase();
  migrateDatabase(db);
  try {
    const userId = insertUser(db, { ...parsed.data, passwordHash: await hashPassword(parsed.data.password) });
    if (userId === null) fail(`A user with the email ${parsed.data.email} already exists; nothing was created.`);
    console.log(`created ${parsed.data.role} ${parsed.data.email} (id ${userId}) in ${databasePath()}`);
    console.log(
      'At their first sign-in they set up two-step verification: an authenticator app scans the QR code shown after the password.',
    );
  } catch (error) {
    fail(`Nothing was created: ${(error as Error).message}`);
  } finally {
    db.$client.close();
  }
}

await main();
