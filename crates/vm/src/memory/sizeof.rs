//! `sys.getsizeof`: CPython 3.11's numbers for the types whose layout we
//! mirror (int, float, str, tuple, list, None, bool), the set's and the
//! bytearray's object plus their separately allocated table or buffer (as
//! CPython's `set_sizeof` and `bytearray_sizeof`), and the real block size
//! of our object otherwise. See docs/memory-model.md for the differences.
use crate::memory::object::Obj;
use crate::objects::int::{int_body, to_bigint};
use crate::objects::list::list_body;
use crate::objects::str::StrBody;
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::flags;
use crate::objects::{bytes, Layout};

pub fn getsizeof(o: &Obj) -> usize {
    let figure = builtin_figure(o);
    if o.layout() != Layout::Instance && o.type_body().has_flag(flags::HEAPTYPE) {
        return crate::objects::subtype_dict::sizeof_extra(o, figure);
    }
    figure
}

/// The figure of `o` as an object of its built-in layout.
fn builtin_figure(o: &Obj) -> usize {
    match o.layout() {
        Layout::Int => {
            let digits = match int_body(o) {
                Some(b) => b.cpython_digits(o),
                None => 0,
            };
            let _ = to_bigint;
            24 + 4 * digits.max(1)
        }
        Layout::Float => 24,
        Layout::NoneType => 16,
        // CPython's compact forms: 48 bytes and the text and NUL for
        // ASCII, 72 and (n + 1) * kind otherwise; the UTF-8 copy of a
        // non-ASCII str is not counted (see `objects::str::pep393`).
        Layout::Str => {
            let b = o.payload::<StrBody>().expect("str");
            if b.is_ascii() {
                49 + b.byte_len()
            } else {
                72 + (b.char_len() + 1) * b.kind()
            }
        }
        Layout::Bytes => 33 + bytes::try_bytes(o).map_or(0, |b| b.len()),
        Layout::Tuple => 40 + 8 * try_tuple_items(o).map_or(0, |t| t.len()),
        Layout::List => 56 + 8 * list_body(o).map_or(0, |l| l.items.borrow().capacity()),
        // `set_sizeof`: the object, plus the table when it is not the inline
        // small one.
        Layout::Set => {
            let t = crate::objects::set::ops::table(o).borrow();
            let external = if t.is_external() {
                t.slot_count() * 16
            } else {
                0
            };
            o.alloc_size() + external
        }
        Layout::ByteArray => crate::objects::bytearray::bytearray_sizeof(o),
        // `_PyDict_SizeOf`: the object and its keys block (none while it
        // shares the empty keys object), plus the GC head.
        Layout::Dict => match crate::objects::dict::dict_body(o) {
            Some(b) => o.alloc_size() + b.table.borrow().keys_bytes(),
            None => o.alloc_size(),
        },
        // `type.__sizeof__`: the type object, and a class's shared keys
        // (`ht_cached_keys`), plus the GC head.
        Layout::Type => {
            let keys = o
                .payload::<crate::objects::typeobject::TypeBody>()
                .map_or(0, |b| b.shape.cached_keys.bytes());
            o.alloc_size() + keys
        }
        _ => o.alloc_size(),
    }
}
