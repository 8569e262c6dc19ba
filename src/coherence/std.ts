// Std: what the model knows of the one upstream crate the corpus uses, std (rustc 1.95). Its
// `#[fundamental]` types (RFC 1023: coherence looks through them as through `&` and `&mut`), and
// the impls of the std traits the model can reason about. A foreign trait's impls matter only for a
// goal that names a local type behind fundamental types (`&MyHost: Display`), so what is listed is
// every std impl of these traits for a reference, a Box, a Pin or a bare type parameter. Any other
// foreign trait in a where-clause is refused (TraitNotModelled): the model cannot know its impls.

import type { ParseCrate } from "./syntax.ts";

/** std's `#[fundamental]` types besides references. */
export type FundamentalType = "Box" | "Pin";

/** std's impls of Display and Clone that can apply to a local type, one a line (see std-facts twin). */
export const stdImpls = `impl<T: Display + ?Sized> Display for &T
impl<T: Display + ?Sized> Display for &mut T
impl<T: Display + ?Sized> Display for Box<T>
impl<P: Display> Display for Pin<P>
impl<T: ?Sized> Clone for &T
impl<T: Clone> Clone for Box<T>
impl<T: Clone> Clone for Box<[T]>
impl Clone for Box<str>
impl<P: Clone> Clone for Pin<P>`;

/** std as a crate: the impls above. Its traits are not local: the crate declares none. */
export type Std = ParseCrate<typeof stdImpls>;

/** The std traits whose impls the model knows. */
export type StdTrait = Std["impls"][number]["trait"]["trait"];
