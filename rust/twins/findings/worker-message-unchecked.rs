// expect: error E0277
//! The store data of send-host moved to another thread: `std::thread::spawn` asks its closure to be
//! `Send`, and `LocalData` holds an `Rc` (E0277), the bound async bindings ask of the store data.

#[path = "../../common/kit.rs"]
#[macro_use]
pub mod kit;

pub fn post(data: kit::LocalData) {
    std::thread::spawn(move || data.log.borrow_mut().clear());
}
