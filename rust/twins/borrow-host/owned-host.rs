// expect: error E0271
//! A closure returning an owned `SharedKit` is no BorrowHost: the blanket impl wants it to return
//! `&mut _` (E0271).

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker_borrow_host(linker, |d: &mut App| d.shared.clone())?;
    http::add_to_linker_borrow_host(linker, |d: &mut App| d.shared.clone())
}
