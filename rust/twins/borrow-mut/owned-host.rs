// expect: compiles
//! `add_to_linker::<_, SharedKit, _>(linker, |d| d.shared.clone())`: an owned B, std's
//! `impl<T> BorrowMut<T> for T`.

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, SharedKit, _>(linker, |d| d.shared.clone())?;
    http::add_to_linker::<_, SharedKit, _>(linker, |d| d.shared.clone())
}
