import type Database from 'better-sqlite3';
import { exactNameTokens, searchIndexText } from '@/lib/search/search-text';

// The search index's triggers (migration search_index) call these, so every connection that
// writes records registers them: the app's, the scripts', the seed's and the benchmark's all
// open the database through openDatabase. Deterministic: the same text gives the same tokens.
export function registerSearchFunctions(sqlite: Database.Database): void {
  const options = { deterministic: true, varargs: true } as const;
  sqlite.function('search_text', options, (...parts: unknown[]) =>
    searchIndexText(...parts.map((p) => (typeof p === 'string' ? p : ''))),
  );
  sqlite.function('search_exact', options, (...names: unknown[]) =>
    exactNameTokens(...names.map((n) => (typeof n === 'string' ? n : ''))),
  );
}
