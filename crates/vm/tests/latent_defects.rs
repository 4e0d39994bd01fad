//! Defects safe code could reach once: a tuple built from an iterator whose
//! `ExactSizeIterator::len` lies (it used to panic and then drop
//! uninitialised slots), and a zero-size buffer allocation whose pointer
//! ignored the requested alignment.

use allocator_api2::alloc::Allocator;
use arenapy_vm::memory::heap::HeapAlloc;
use arenapy_vm::memory::object::ObjRef;
use arenapy_vm::objects::int::new_int;
use arenapy_vm::objects::tuple::{new_tuple_exact, try_tuple_items};
use arenapy_vm::{Config, Interpreter};

/// Yields `actual` ints while claiming `claimed`.
struct Liar {
    next: i64,
    actual: i64,
    claimed: usize,
}

impl Iterator for Liar {
    type Item = ObjRef;
    fn next(&mut self) -> Option<ObjRef> {
        (self.next < self.actual).then(|| {
            self.next += 1;
            new_int(self.next).expect("int")
        })
    }
}

impl ExactSizeIterator for Liar {
    fn len(&self) -> usize {
        self.claimed
    }
}

fn items(actual: i64, claimed: usize) -> Vec<i64> {
    let t = new_tuple_exact(Liar {
        next: 0,
        actual,
        claimed,
    })
    .expect("tuple");
    try_tuple_items(&t)
        .expect("a tuple")
        .iter()
        .map(|o| arenapy_vm::objects::int::int_small(o).expect("small int"))
        .collect()
}

#[test]
fn a_tuple_takes_what_the_iterator_really_yields() {
    let interp = Interpreter::new(Config::default());
    assert_eq!(items(2, 5), vec![1, 2]);
    assert_eq!(items(4, 2), vec![1, 2, 3, 4]);
    assert_eq!(items(0, 3), Vec::<i64>::new());
    assert_eq!(items(3, 3), vec![1, 2, 3]);
    assert_eq!(interp.shutdown().leaked_blocks(), 0);
}

#[test]
fn a_zero_size_buffer_is_aligned_as_asked() {
    for align in [1, 2, 8, 16, 64, 4096] {
        let layout = std::alloc::Layout::from_size_align(0, align).expect("layout");
        let p = HeapAlloc.allocate(layout).expect("zero-size allocation");
        assert_eq!(p.cast::<u8>().as_ptr() as usize % align, 0, "align {align}");
        // SAFETY: allocated just above with this layout.
        unsafe { HeapAlloc.deallocate(p.cast(), layout) };
    }
}
