// LinkError: a guest and a linker that do not fit (a missing import, a function defined twice, an
// unknown export), reported before or instead of running anything.

export class LinkError extends Error {
  override readonly name = "LinkError";
}
