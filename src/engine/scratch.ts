// Scratch: where the kit writes, never inside its own package (an install may be read-only, and
// node_modules is no place for run-time files). Everything goes under one cache folder: the one
// set with `setCacheFolder` (the CLI's --cache-dir), else $ACCESSOR_KIT_CACHE_DIR, else
// $XDG_CACHE_HOME/accessor-kit, else ~/.cache/accessor-kit (%LOCALAPPDATA%\accessor-kit on Windows).
//
// A process's temporary files (the compilers' program configs, rustc's output, the docs' snippets)
// go in a folder of its own, <cache>/tmp/<pid>-<random>/, removed when the process ends however it
// ends: its last task done, process.exit, an uncaught error, or SIGINT, SIGTERM, SIGHUP (the signal
// is then raised again, so whoever started the process sees it end by that signal). Only a process
// killed outright (SIGKILL) leaves its folder behind; the next process to make one removes the
// folders of processes that are no longer running.

import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { EngineError } from "./errors.ts";

let chosen: string | undefined;
let scratch: string | undefined;

/** Sets the cache folder (relative paths from the working directory); only before anything is written. */
export function setCacheFolder(folder: string): void {
  if (scratch !== undefined) throw new EngineError("the cache folder cannot change after the kit has written to it");
  chosen = resolve(folder);
}

/** The cache folder, whether or not it exists yet. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (chosen !== undefined) return chosen;
  const set = (name: string) => (env[name] !== undefined && env[name] !== "" ? env[name] : undefined);
  const own = set("ACCESSOR_KIT_CACHE_DIR");
  if (own !== undefined) return resolve(own);
  const xdg = set("XDG_CACHE_HOME");
  // The XDG spec ignores a relative XDG_CACHE_HOME.
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "accessor-kit");
  const local = set("LOCALAPPDATA");
  if (platform === "win32" && local !== undefined) return join(local, "accessor-kit");
  return join(homedir(), ".cache", "accessor-kit");
}

/** This process's scratch folder, made (and its removal arranged) on first use. */
export function scratchFolder(): string {
  if (scratch !== undefined) return scratch;
  const tmp = join(cacheFolder(), "tmp");
  try {
    mkdirSync(tmp, { recursive: true });
    removeAbandoned(tmp);
    scratch = join(tmp, `${process.pid}-${randomUUID().slice(0, 8)}`);
    // Its removal is arranged before it exists, so a signal between the two cannot leave it behind.
    process.once("exit", removeScratch);
    for (const signal of SIGNALS) process.once(signal, onSignal);
    mkdirSync(scratch);
  } catch (error) {
    removeScratch();
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new EngineError(`cannot write to the cache folder ${tmp} (${reason}): set another with --cache-dir or ACCESSOR_KIT_CACHE_DIR`);
  }
  return scratch;
}

/** A new empty folder inside the scratch folder, named `<prefix><random>`. */
export function scratchSubfolder(prefix: string): string {
  return mkdtempSync(join(scratchFolder(), prefix));
}

/** Removes the scratch folder now (it is made afresh if needed again). */
export function removeScratch(): void {
  if (scratch === undefined) return;
  rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
  process.removeListener("exit", removeScratch);
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  removeScratch();
  // With this listener gone, the signal does what it would have done without it.
  process.kill(process.pid, signal);
}

/** Removes the scratch folders whose process is no longer running (killed before it could clean up). */
function removeAbandoned(tmp: string): void {
  for (const name of readdirSync(tmp)) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) rmSync(join(tmp, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
