/**
 * For drizzle's `db.transaction(fn, takeWriteLock)`: BEGIN IMMEDIATE, the write lock taken at
 * the start. A deferred transaction that reads and then writes cannot wait for another
 * process's write: SQLite answers "database is locked" at once instead of waiting out
 * busy_timeout. With several server processes (TURNO_PROCESSES) every transaction that
 * writes must take the lock first.
 */
export const takeWriteLock = { behavior: 'immediate' } as const;
