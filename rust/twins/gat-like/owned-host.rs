// expect: compiles
//! The embedder's marker `Shared` (`type Data<'a> = SharedKit`) names the owned host; the closure
//! coerces to the `fn` pointer.

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, Shared>(linker, |d| d.shared.clone())?;
    http::add_to_linker::<_, Shared>(linker, |d| d.shared.clone())
}

/// The marker this getter needs: one per projection.
pub struct Shared;

impl design::HasData for Shared {
    type Data<'a> = SharedKit;
}
