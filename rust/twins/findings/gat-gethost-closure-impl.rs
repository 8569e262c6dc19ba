// expect: error E0207
//! bindgen!'s blanket impl of the seed thread's GAT `GetHost` for field-ref closures, written as D3's
//! bindings write theirs (`impl<F, T, O> GetHost<T> for F`). `T` is an associated type of `GetHost`,
//! so nothing in the impl's header (the trait, with no parameters, and `Self = F`) names T or U, and
//! a closure's signature is not part of its type's header either: both are unconstrained (E0207).

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
bindgen!({});
libraries!();

impl<F, T: 'static, U: sockets::Host + 'static> sockets::GetHost for F
where
    F: Fn(&mut T) -> &mut U + Send + Sync + 'static,
{
    type T = T;
    type Host<'a> = &'a mut U;

    fn get_host<'a>(&self, data: &'a mut T) -> &'a mut U {
        self(data)
    }
}
