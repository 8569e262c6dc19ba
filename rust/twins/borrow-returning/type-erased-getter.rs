// expect: error E0038 E0277
//! Both getters kept in one record as `Box<dyn BorrowHost<KitData, KitData>>` and linked later.
//! BorrowHost returns `impl BorrowMut<U>` from a trait method, so it is not dyn compatible (E0038),
//! and the box is no BorrowHost (E0277): #10770's complaint about GetHost applies to the proposal
//! too.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, BorrowHost};

pub struct Getters {
    pub sockets: Box<dyn BorrowHost<KitData, KitData>>,
    pub http: Box<dyn BorrowHost<KitData, KitData>>,
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_borrow_host(linker, getters.sockets)?;
    http::add_to_linker_borrow_host(linker, getters.http)
}
