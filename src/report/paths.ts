// Paths: how the reports name files. JSON, JUnit and GitHub annotations name them relative to a
// base folder (the working directory, or the workspace GitHub checked out), with forward slashes,
// so a report reads the same on every machine. Markdown links a file only where the link works
// wherever the markdown is put: a repository URL for files of that repository, or (for the docs,
// which live beside the files) a path relative to the document.

import { isAbsolute, relative, sep } from "node:path";

/** `file` relative to `base`, with `/` (`../` where it lies outside); "" stays "" (no file). */
export function relativePath(base: string, file: string): string {
  if (file === "") return "";
  return relative(base, file).split(sep).join("/");
}

/** Whether `file` lies inside `folder` and in no node_modules (so a repository holding `folder` has it). */
export function inside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== "" && !path.startsWith("..") && !isAbsolute(path) && !path.split(sep).includes("node_modules");
}

/** The link target for a file, or undefined when it gets none. */
export type Links = (file: string) => string | undefined;

export const noLinks: Links = () => undefined;

/** Files of the repository checked out at `folder`, linked under `url` (e.g. `https://github.com/o/r/blob/<sha>`). */
export function repositoryLinks(url: string, folder: string): Links {
  const base = url.replace(/\/+$/, "");
  return (file) => (inside(folder, file) ? `${base}/${relativePath(folder, file).split("/").map(encodeURIComponent).join("/")}` : undefined);
}

/** Files under `root`, linked by their path from the folder `document` lies in. */
export function documentLinks(document: string, root: string): Links {
  return (file) => (inside(root, file) ? relativePath(document, file) : undefined);
}

/** In a GitHub Actions run, the checked-out repository at the commit being run; else undefined. */
export function githubRepositoryUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? `${server}/${repository}/blob/${sha}` : undefined;
}
