// expect: error E0283 E0308
//! D7's getter type `fn(&mut T) -> D::Data<'_>` with the marker D as the only place D occurs, and,
//! as in the cell, without the Host bound (only what D names is checked). Named, D checks the
//! getter against its view: `HasSelf<KitData>` takes `|data| data`, WasiSockets takes the sockets
//! view, and a getter returning a number where WasiSockets wants its view is E0308. Left out, D is
//! not guessed: rustc cannot read it off `D::Data<'_>` and asks for it (E0283), where TypeScript
//! falls back to the constraint and accepts any getter. Each attempt is a function of its own.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{KitData, Linker, SocketsCtxView};
use design::{HasData, HasSelf, WasiSockets};

/// `add_to_linker::<T, D>` without `for<'a> D::Data<'a>: Host`: it keeps the getter.
pub fn add_to_linker<T, D: HasData>(_linker: &mut Linker<T>, getter: fn(&mut T) -> D::Data<'_>) -> fn(&mut T) -> D::Data<'_> {
    getter
}

pub fn itself(linker: &mut Linker<KitData>) -> fn(&mut KitData) -> &mut KitData {
    add_to_linker::<KitData, HasSelf<KitData>>(linker, |data| data)
}

pub fn sockets_view(linker: &mut Linker<KitData>) -> fn(&mut KitData) -> SocketsCtxView<'_> {
    add_to_linker::<KitData, WasiSockets>(linker, |data| data.sockets_view())
}

pub fn number_for_a_view(linker: &mut Linker<KitData>) {
    add_to_linker::<KitData, WasiSockets>(linker, |_| 42);
}

pub fn marker_left_out(linker: &mut Linker<KitData>) {
    add_to_linker(linker, |_| 42);
}
