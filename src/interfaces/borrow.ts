// Borrow: Rust's `&mut U` reached from the store data, as a brand. A getter whose Rust bound returns
// `&mut U` (D1's `Fn(&mut T) -> &mut U`, D3's kept `add_to_linker`, D7's `HasSelf<T>`) returns a
// Borrow in TypeScript, and only `field()` makes one, out of the store data the getter was lent. The
// brand is all the borrow checking TypeScript gets: `x as Borrow<X>` forges one.

declare const borrowedFromStoreData: unique symbol;

/** `&mut U`: a U reached from the store data the getter was given, by field projections only. */
export type Borrow<U> = U & { readonly [borrowedFromStoreData]: true };

/** `&mut data.key`: the one way to make a new Borrow, and only out of a Borrow. */
export function field<T, K extends keyof T>(data: Borrow<T>, key: K): Borrow<T[K]> {
  return data[key] as Borrow<T[K]>;
}

/** A getter with Rust's `Fn(&mut T) -> &mut U`: its parameter is the store data's borrow, so `d => d` is `|t| t`. */
export type FieldGetter<T, U> = (data: Borrow<T>) => Borrow<U>;

/** The store lends its data out to a getter: the only place a Borrow is made from nothing. */
export function lend<T>(data: T): Borrow<T> {
  return data as Borrow<T>;
}
