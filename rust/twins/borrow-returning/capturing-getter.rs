// expect: compiles
//! The getter captures which tenant's state to use; the BorrowHost blanket impl asks `Fn + Send +
//! Sync + Copy + 'static`, which a `move` closure capturing a `usize` meets.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<AppData>, tenant: usize) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, move |s| &mut s.tenants[tenant])?;
    http::add_to_linker(linker, move |s| &mut s.tenants[tenant])
}
