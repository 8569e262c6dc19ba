// expect: compiles
//! Another module's http getter, written for KitData (a store type it does not own), lends the host
//! it is given and counts its loans. A closure cannot be that getter (it has state, and the closure
//! blanket impl is for `&mut U` returns only), so the module writes the getter type the proposal
//! reserves for this, `impl BorrowHost<KitData, KitData>`, which the embedder passes on.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

mod lender {
    use super::design::{kit::KitData, BorrowHost};
    use std::borrow::BorrowMut;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Default)]
    pub struct HttpLender {
        pub loans: AtomicUsize,
    }

    impl BorrowHost<KitData, KitData> for HttpLender {
        fn borrow_host<'a>(&self, data: &'a mut KitData) -> impl BorrowMut<KitData>
        where
            KitData: 'a,
        {
            self.loans.fetch_add(1, Ordering::Relaxed);
            data
        }
    }
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| s)?;
    http::add_to_linker_borrow_host(linker, lender::HttpLender::default())
}
