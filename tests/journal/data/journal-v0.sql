-- Schema version 0: what a journal file is before the first migration ran (created, then the
-- program stopped). SQLite's user_version is 0 and there are no tables.
PRAGMA user_version = 0;
