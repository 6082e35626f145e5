import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";

/**
 * One writer per embedded database (issue 10 item 3). PGlite is a single-process database: a second
 * process opening the same folder (e.g. `renkei users create` beside a running server) writes rows the
 * server's copy never sees, and its audit event is lost. Whoever opens the folder takes this lock file
 * beside it; a lock whose process is gone (kill -9, power cut) is stale and taken over.
 */
export interface LockInfo {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  readonly holder: LockInfo;
  constructor(dataDir: string, holder: LockInfo) {
    super(
      [
        `データフォルダ ${dataDir} は別の Renkei プロセス（pid ${holder.pid}、${holder.host}、「renkei ${holder.command}」、${holder.startedAt} 開始）が使用中です。`,
        "サーバーを停止してから実行するか、DATABASE_URL で PostgreSQL サーバーを使ってください。",
        `The data folder ${dataDir} is in use by another Renkei process (pid ${holder.pid} on ${holder.host}, "renkei ${holder.command}", started ${holder.startedAt}).`,
        "Stop the server first, or run on a PostgreSQL server with DATABASE_URL.",
      ].join("\n"),
    );
    this.name = "DataDirLockedError";
    this.holder = holder;
  }
}

export function lockFileOf(dataDir: string): string {
  // Beside the folder, not inside it: PGlite must find a fresh folder empty to create a database there.
  return `${dataDir.replace(/[/\\]+$/, "")}.lock`;
}

function alive(info: LockInfo): boolean {
  if (info.host !== hostname()) {
    return true; // another machine on a shared disk: cannot tell, so assume it is running
  }
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, "utf8")) as LockInfo;
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null; // unreadable or half-written by a process that died while writing it: stale
  }
}

/** Takes the lock or throws DataDirLockedError; returns the release function. */
export function acquireDataDirLock(dataDir: string, command = process.argv.slice(2).join(" ")): () => void {
  const file = lockFileOf(dataDir);
  const mine: LockInfo = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // "wx": created only when absent, atomically; two processes cannot both win.
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      const release = () => {
        if (readLock(file)?.pid === process.pid) {
          unlinkSync(file);
        }
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") {
        throw err;
      }
    }
    const holder = readLock(file);
    if (holder && alive(holder)) {
      throw new DataDirLockedError(dataDir, holder);
    }
    try {
      unlinkSync(file); // stale: its process is gone
    } catch {
      // another process removed it first; try again
    }
  }
  throw new DataDirLockedError(dataDir, readLock(file) ?? { ...mine, pid: -1, command: "?" });
}
