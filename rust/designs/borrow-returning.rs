//! D2 borrow-returning (a proposal in #8382, never shipped): the getter is a `BorrowHost<T, U>`,
//! whose `borrow_host` returns some `impl BorrowMut<U>`: a `&mut U` from any field-ref closure
//! (blanket impl), or an owned value from a hand-written getter type. Cost: `U` is chosen outside
//! the borrow of the store data, so a closure cannot return a borrowed view of two fields; hosts
//! share a table only through owned handles (e.g. `Arc<Mutex<_>>`).

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

use std::borrow::BorrowMut;

pub trait BorrowHost<T, U>: Send + Sync + 'static {
    fn borrow_host<'a>(&self, data: &'a mut T) -> impl BorrowMut<U>
    where
        U: 'a;
}

/// Every field-ref closure is a BorrowHost.
impl<T, U, F> BorrowHost<T, U> for F
where
    F: Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
{
    fn borrow_host<'a>(&self, data: &'a mut T) -> impl BorrowMut<U>
    where
        U: 'a,
    {
        self(data)
    }
}

bindgen! {
    /// Kept for callers of D1: a field-ref closure.
    pub fn add_to_linker<T: 'static, U: Host>(
        linker: &mut Linker<T>,
        get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
    ) -> Result<(), LinkError> {
        add_to_linker_borrow_host(linker, get)
    }

    pub fn add_to_linker_borrow_host<T: 'static, U: Host>(
        linker: &mut Linker<T>,
        getter: impl BorrowHost<T, U>,
    ) -> Result<(), LinkError> {
        add_functions(linker, move |data, call| call(getter.borrow_host(data).borrow_mut()))
    }
}

// The libraries keep D1's blanket hosts over every view.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);
