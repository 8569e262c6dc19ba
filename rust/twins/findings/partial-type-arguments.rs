// expect: error E0107
//! D7's call with the marker named and the store type left to inference. The cell's two attempts,
//! spelled in Rust: giving only D, `::<WasiSockets>`, is refused in Rust too (E0107, "function takes
//! 2 generic arguments but 1 generic argument was supplied"); giving `_` for T, `::<_, WasiSockets>`,
//! is Rust's idiom for partial inference and compiles. (Leaving D out is the no-annotations twin's
//! E0283.) Each attempt is a function of its own.

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::WasiSockets;
bindgen!({});
libraries!();

pub fn only_the_marker(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<WasiSockets>(linker, |data| data.sockets_view())
}

pub fn placeholder_for_the_store_type(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |data| data.sockets_view())
}
