// expect: compiles
//! `impl BorrowHost<KitData, KitData> for KitGetter` per interface, returning `data` (`&mut
//! KitData: BorrowMut<KitData>`): what the trait was for. Compiles.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;

impl sockets::BorrowHost<KitData, KitData> for KitGetter {
    fn borrow_host<'a>(&self, data: &'a mut KitData) -> impl std::borrow::BorrowMut<KitData>
    where
        KitData: 'a,
    {
        data
    }
}

impl http::BorrowHost<KitData, KitData> for KitGetter {
    fn borrow_host<'a>(&self, data: &'a mut KitData) -> impl std::borrow::BorrowMut<KitData>
    where
        KitData: 'a,
    {
        data
    }
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_borrow_host(linker, KitGetter)?;
    http::add_to_linker_borrow_host(linker, KitGetter)
}
