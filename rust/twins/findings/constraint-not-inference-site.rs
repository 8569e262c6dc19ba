// expect: compiles
//! D1's `add_to_linker<T, U: Host>(linker, get: impl Fn(&mut T) -> &mut U)`: rustc reads the host
//! type U off the closure's return type (the `Fn` bound's output is solved for U), so U is the
//! precise type, here KitData, with no `ReturnType<F>` workaround. The cell's unbounded variant has
//! no Rust counterpart: the Host bound is checked at the call, and a non-Host return is E0277.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |data| data)
}
