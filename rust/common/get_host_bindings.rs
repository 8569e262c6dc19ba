//! bindgen!'s output from PR #8448 (wasmtime 21, backport PR #8620) to PR #10770: per interface a
//! `GetHost<T>` trait implemented by every fitting closure, and `add_to_linker_get_host` taking
//! `impl for<'a> GetHost<&'a mut T>`. The getter's parameter is the whole `&'a mut T`, so its
//! `Host` may borrow from the store data. D3, D5 and D6 differ only in the libraries' Host impls;
//! include this module beside `kit` and re-export its `sockets` and `http`.

use super::kit;

bindgen! {
    pub trait GetHost<T>: Fn(T) -> <Self as GetHost<T>>::Host + Send + Sync + Copy + 'static {
        type Host: Host;
    }

    impl<F, T, O> GetHost<T> for F
    where
        F: Fn(T) -> O + Send + Sync + Copy + 'static,
        O: Host,
    {
        type Host = O;
    }

    pub fn add_to_linker_get_host<T: 'static>(
        linker: &mut Linker<T>,
        host_getter: impl for<'a> GetHost<&'a mut T>,
    ) -> Result<(), LinkError> {
        add_functions(linker, move |data, call| call(&mut host_getter(data)))
    }
}

/// The annotation every GetHost caller needed (rust-lang/rust#58052): a closure passed through
/// this gets its higher-ranked signature from a plain `Fn` bound.
pub fn type_annotate<T, U: ?Sized, F>(getter: F) -> F
where
    F: Fn(&mut T) -> &mut U,
{
    getter
}
