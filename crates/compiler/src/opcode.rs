//! The instruction set: one table, the single source of the opcode enum, its
//! names for `dis`, and whether an opcode's argument is a jump target.
//!
//! Each entry's doc line gives its stack effect in Forth notation, top of the
//! stack on the right: `(a b -- a+b)`. `arg` is the instruction's 24-bit
//! argument. Jump targets are absolute instruction indices.
//!
//! An [`Instr`] packs the opcode into the low 8 bits of a `u32` and the
//! argument into the high 24 bits, so the dispatch loop fetches one word per
//! instruction and there is no EXTENDED_ARG: the compiler reports a code
//! object with more than 2^24 constants, names or instructions as an error.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident $( [$flag:ident] )? ,)*) => {
        /// One operation of the virtual machine (see the module docs).
        #[allow(non_camel_case_types)] // LoadFast__LoadFast, as CPython's names
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The CamelCase name used by the `dis` listing.
            pub fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                }
            }

            /// The stack-effect line of the table.
            pub fn doc(self) -> &'static str {
                match self {
                    $( Opcode::$name => concat!($($doc,)*), )*
                }
            }

            /// True for opcodes whose argument is an instruction index.
            pub fn is_jump(self) -> bool {
                match self {
                    $( Opcode::$name => opcodes!(@jump $($flag)?), )*
                }
            }
        }
    };
    (@jump jump) => { true };
    (@jump) => { false };
}

opcodes! {
    /// ( -- ) does nothing.
    Nop,
    /// (x -- ) discards the top of the stack.
    PopTop,
    /// (x -- x x) when arg = 1; in general pushes a new reference to the
    /// arg-th item from the top (1-based).
    Copy,
    /// (a ... b -- b ... a) swaps the top with the arg-th item (arg >= 2).
    Swap,

    /// ( -- consts[arg])
    LoadConst,
    /// ( -- fast[arg]) raises UnboundLocalError if unbound.
    LoadFast,
    /// (v -- ) fast[arg] = v
    StoreFast,
    /// ( -- ) unbinds fast[arg]; UnboundLocalError if already unbound.
    DeleteFast,
    /// ( -- v) name names[arg] from locals, then globals, then builtins
    /// (module and class bodies).
    LoadName,
    /// (v -- ) locals[names[arg]] = v
    StoreName,
    /// ( -- ) del locals[names[arg]]
    DeleteName,
    /// ( -- v) names[arg] from globals, then builtins.
    LoadGlobal,
    /// (v -- ) globals[names[arg]] = v
    StoreGlobal,
    /// ( -- ) del globals[names[arg]]
    DeleteGlobal,
    /// ( -- v) the contents of cell arg (cellvars then freevars).
    LoadDeref,
    /// (v -- ) sets the contents of cell arg.
    StoreDeref,
    /// ( -- ) empties cell arg.
    DeleteDeref,
    /// ( -- v) class bodies only: loads free variable arg, but looks the
    /// name up in the class namespace first (CPython's LOAD_CLASSDEREF).
    LoadClassDeref,
    /// ( -- cell) pushes cell arg itself (to build a closure tuple).
    LoadClosure,

    /// (obj -- obj.names[arg])
    LoadAttr,
    /// (v obj -- ) obj.names[arg] = v
    StoreAttr,
    /// (obj -- ) del obj.names[arg]
    DeleteAttr,
    /// (obj -- meth self) when names[arg] is a plain function found on the
    /// type (no bound method is built), else (obj -- attr NULL).
    LoadMethod,
    /// (meth self args*arg -- result) or (attr NULL args*arg -- result): the
    /// call that follows LoadMethod.
    CallMethod,

    /// (func args*arg -- result) positional call.
    Call,
    /// (func args*n kwnames -- result): arg = n positional + keyword values;
    /// `kwnames` is a constant tuple naming the last len(kwnames) values.
    CallKw,
    /// (func argtuple -- result) if arg = 0, (func argtuple kwdict -- result)
    /// if arg = 1: calls with *args / **kwargs.
    CallFunctionEx,
    /// (defaults? kwdefaults? closure? code -- function): arg flags
    /// 0x01 a tuple of positional defaults, 0x02 a dict of keyword-only
    /// defaults, 0x08 a tuple of cells; the qualified name is in the code.
    MakeFunction,
    /// ( -- __build_class__) CPython's LOAD_BUILD_CLASS; the class statement
    /// then calls it with (body_function, name, *bases, **keywords).
    LoadBuildClass,
    /// (v -- ) returns v to the caller.
    ReturnValue,

    /// (a b -- a op b) arg is a `BinaryOperator` (plain or in-place).
    BinaryOp,
    /// (v -- -v)
    UnaryNegative,
    /// (v -- +v)
    UnaryPositive,
    /// (v -- ~v)
    UnaryInvert,
    /// (v -- not v)
    UnaryNot,
    /// (a b -- a cmp b) arg is a `ComparisonOperator` (< <= == != > >=).
    CompareOp,
    /// (a b -- a is b) or `is not` when arg = 1.
    IsOp,
    /// (a b -- a in b) or `not in` when arg = 1.
    ContainsOp,

    /// (container key -- container[key])
    BinarySubscr,
    /// (v container key -- ) container[key] = v
    StoreSubscr,
    /// (container key -- ) del container[key]
    DeleteSubscr,
    /// (start stop -- slice) if arg = 2, (start stop step -- slice) if arg = 3.
    BuildSlice,

    /// (items*arg -- tuple)
    BuildTuple,
    /// (items*arg -- list)
    BuildList,
    /// (items*arg -- set)
    BuildSet,
    /// (k1 v1 ... k_arg v_arg -- dict)
    BuildMap,
    /// (parts*arg -- str) concatenates the strings of an f-string.
    BuildString,
    /// (list ... v -- list ...) appends v to the list arg items down
    /// (counted after popping v; comprehensions).
    ListAppend,
    /// (set ... v -- set ...) adds v to the set arg items down.
    SetAdd,
    /// (dict ... k v -- dict ...) dict[k] = v, dict arg items down.
    MapAdd,
    /// (list ... iterable -- list ...) list.extend(iterable), list arg down.
    ListExtend,
    /// (set ... iterable -- set ...) set.update(iterable), set arg down.
    SetUpdate,
    /// (dict ... mapping -- dict ...) dict.update(mapping), dict arg down.
    DictUpdate,
    /// (dict ... mapping -- dict ...) like DictUpdate but a duplicate key is a
    /// TypeError ("got multiple values for keyword argument"), for `f(**a, **b)`.
    DictMerge,
    /// (list -- tuple)
    ListToTuple,
    /// (value -- str) or (value spec -- str) when arg & 0x04; arg & 0x03 is
    /// the conversion: 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue,

    /// (seq -- v_arg ... v_1) unpacks exactly arg items, first item on top.
    UnpackSequence,
    /// (seq -- after... starred_list before...) `a, *b, c = seq`: arg = number
    /// of targets before the star | (number after) << 8.
    UnpackEx,

    /// ( -- ) jumps to arg.
    Jump [jump],
    /// (v -- ) jumps to arg if v is false.
    PopJumpIfFalse [jump],
    /// (v -- ) jumps to arg if v is true.
    PopJumpIfTrue [jump],
    /// (v -- v) jumps to arg keeping v if v is false, else pops it.
    JumpIfFalseOrPop [jump],
    /// (v -- v) jumps to arg keeping v if v is true, else pops it.
    JumpIfTrueOrPop [jump],
    /// (iterable -- iterator)
    GetIter,
    /// (iter -- iter next) or, when the iterator is exhausted, (iter -- ) and
    /// jumps to arg.
    ForIter [jump],

    /// ( -- ) pushes an exception-handler block: an exception raised before
    /// the matching PopBlock truncates the stack to its depth at this point,
    /// pushes the exception, makes it the one being handled, and jumps to arg.
    SetupFinally [jump],
    /// ( -- ) pops the innermost handler block.
    PopBlock,
    /// ( -- ) leaves an except clause: restores the previously handled
    /// exception (what `sys.exc_info()` and bare `raise` see).
    PopExcept,
    /// (exc -- ) re-raises exc with its traceback (ends a finally or an
    /// unmatched except chain).
    Reraise,
    /// (exc type -- exc bool) does exc match the class or tuple of classes?
    CheckExcMatch,
    /// (exc type -- rest match) an `except*` clause: splits exc by the
    /// class or tuple of classes (a TypeError for a group class); a matched
    /// naked exception comes wrapped in `ExceptionGroup('', (exc,))`. With
    /// no match, match is None and rest is exc; otherwise the match becomes
    /// the exception being handled and rest is what is left (or None).
    CheckEgMatch,
    /// (orig list -- exc) after the `except*` clauses: the exception to
    /// re-raise, from those the clauses raised or re-raised and the
    /// unmatched rest (CPython's `_PyExc_PrepReraiseStar`), or None.
    PrepReraiseStar,
    /// raise: arg = 0 re-raises the exception being handled, ( exc -- ) with
    /// arg = 1, (exc cause -- ) with arg = 2.
    RaiseVarargs,
    /// ( -- AssertionError)
    LoadAssertionError,
    /// (ctxmgr -- exit_bound enter_result): calls __enter__, keeps __exit__.
    BeforeWith,
    /// (exit_bound exc -- exit_bound exc suppress) calls __exit__(type, exc,
    /// tb) on the exceptional path of a with block.
    WithExceptStart,

    /// ( -- module) import names[arg] (a built-in module) and push it.
    ImportName,
    /// (module -- module attr) attr = module.names[arg] (ImportError if absent).
    ImportFrom,
    /// (module -- ) copies a module's public names into the local namespace.
    ImportStar,

    /// (v -- ) REPL only: prints repr(v) unless None and binds builtins._.
    PrintExpr,
    /// (v -- sent) suspends the generator, handing v to its caller; resumes
    /// with the value passed to send() (None for next()). A code object with
    /// the GENERATOR flag returns a generator when called instead of running.
    YieldValue,
    /// (iterable -- iterator) for `yield from` and generator expressions.
    GetYieldFromIter,
    /// (iter v -- iter yielded) sends v into the sub-iterator (next() when v
    /// is None); when it finishes instead, (iter v -- retval) and jumps to arg.
    /// `yield from x` is: GetYieldFromIter; LoadConst None;
    /// L: Send end; YieldValue; Jump L; end:
    Send [jump],
    /// ( -- ) `with` blocks, right after BeforeWith: like SetupFinally, but
    /// the recorded depth excludes the `__enter__` result on top, so the
    /// handler at arg starts with (exit_bound exc) — the result may already
    /// have been stored or popped when the exception happens.
    SetupWith [jump],
    /// ( -- ) module and class bodies with annotations: creates
    /// `__annotations__` in the local namespace unless it exists.
    SetupAnnotations,

    /// (subject cls names -- attrs_or_None) class pattern `cls(p1.., k=p..)`:
    /// None unless isinstance(subject, cls); else a tuple of the arg
    /// positional sub-subjects (via `__match_args__`, or the subject itself
    /// for a single positional of int, str, list ...) then the attributes in
    /// the tuple `names` (None if one is missing).
    MatchClass,
    /// (subject -- subject bool) is subject a mapping (a dict)?
    MatchMapping,
    /// (subject -- subject bool) is subject a sequence (list, tuple, range,
    /// not str/bytes/bytearray)?
    MatchSequence,
    /// (subject keys -- subject keys values_or_None) the values of the keys
    /// tuple in the mapping subject, or None if one is missing.
    MatchKeys,
    /// (obj -- obj len) len(obj), for sequence and mapping patterns.
    GetLen,

    // Specialised and super-instructions (CPython 3.11's quickening,
    // `Python/specialize.c`). The compiler never emits them: the VM writes
    // them into its quickened copy of a code object's instructions (shown by
    // `--dis=adaptive`), and turns a specialised one back into its base
    // (`Opcode::base`) when its guard fails. Each has its base's stack
    // effect; in the quickened copy, the argument of BinaryOp, BinarySubscr
    // and StoreSubscr and of their specialised forms carries a backoff
    // counter above bit 8 (BinaryOp's operator stays in the low 8 bits).
    /// (a b -- a+b) BinaryOp `+`/`+=` on two exact ints.
    BinaryOpAddInt,
    /// (a b -- a-b) BinaryOp `-`/`-=` on two exact ints.
    BinaryOpSubtractInt,
    /// (a b -- a*b) BinaryOp `*`/`*=` on two exact ints.
    BinaryOpMultiplyInt,
    /// (a b -- a+b) BinaryOp `+`/`+=` on two exact floats.
    BinaryOpAddFloat,
    /// (a b -- a-b) BinaryOp `-`/`-=` on two exact floats.
    BinaryOpSubtractFloat,
    /// (a b -- a*b) BinaryOp `*`/`*=` on two exact floats.
    BinaryOpMultiplyFloat,
    /// (a b -- a+b) BinaryOp `+`/`+=` on two exact strs.
    BinaryOpAddUnicode,
    /// (list i -- list[i]) BinarySubscr of an exact list by an exact int.
    BinarySubscrListInt,
    /// (tuple i -- tuple[i]) BinarySubscr of an exact tuple by an exact int.
    BinarySubscrTupleInt,
    /// (dict k -- dict[k]) BinarySubscr of an exact dict.
    BinarySubscrDict,
    /// (v list i -- ) StoreSubscr into an exact list at an exact int.
    StoreSubscrListInt,
    /// ( -- a b) LoadFast arg, then the LoadFast that follows (which the
    /// loop skips).
    LoadFast__LoadFast,
    /// ( -- a c) LoadFast arg, then the LoadConst that follows.
    LoadFast__LoadConst,
    /// ( -- c a) LoadConst arg, then the LoadFast that follows.
    LoadConst__LoadFast,
    /// (v -- a) StoreFast arg, then the LoadFast that follows.
    StoreFast__LoadFast,
    /// (a b -- ) StoreFast arg, then the StoreFast that follows.
    StoreFast__StoreFast,

    // Specialised: compares, iteration, unpacking, globals
    // (`eval::spec_flow`). A quickened CompareOp's argument keeps the
    // operator in bits 0-2 and, in its specialised forms, the outcome mask
    // in bits 3-6; the `Jump` forms are fused with the PopJumpIfFalse/True
    // after them (CPython 3.11's COMPARE_OP_*_JUMP), which the loop skips.
    /// (a b -- ) CompareOp on two exact ints, then the conditional jump.
    CompareOpIntJump,
    /// (a b -- ) CompareOp on two exact floats, then the conditional jump.
    CompareOpFloatJump,
    /// (a b -- ) CompareOp on two exact strs, then the conditional jump.
    CompareOpStrJump,
    /// (a b -- bool) CompareOp on two exact ints.
    CompareOpInt,
    /// (a b -- bool) CompareOp on two exact floats.
    CompareOpFloat,
    /// (a b -- bool) CompareOp on two exact strs.
    CompareOpStr,
    /// (it -- it next) or (it -- ) ForIter over an exact list's iterator;
    /// a StoreFast after it takes the item directly.
    ForIterList [jump],
    /// (it -- it next) or (it -- ) ForIter over a range iterator; a
    /// StoreFast after it takes the value directly.
    ForIterRange [jump],
    /// (seq -- b a) UnpackSequence 2 of an exact tuple of two.
    UnpackSequenceTwoTuple,
    /// (seq -- items) UnpackSequence of an exact tuple of the right length.
    UnpackSequenceTuple,
    /// (seq -- items) UnpackSequence of an exact list of the right length.
    UnpackSequenceList,
    /// ( -- v) LoadGlobal of a name its cache found in the globals dict.
    LoadGlobalModule,
    /// ( -- v) LoadGlobal of a name its cache found in the builtins dict.
    LoadGlobalBuiltin,
    // Specialised: calls and attributes (`vm::eval::spec_call`). Call and
    // CallMethod with fewer than 256 arguments are quickened into their
    // adaptive forms, whose argument keeps the argument count in its low 8
    // bits and a counter above; the specialised call forms keep the count.
    // The attribute forms keep the name index: their counter is in the
    // instruction's attribute cache.
    /// (f args -- result) Call, adaptive.
    CallAdaptive,
    /// (f args -- result) Call of a Python function with exactly its
    /// positional parameters (not a generator).
    CallPyExactArgs,
    /// (f args -- result) Call of a built-in function (not a method).
    CallBuiltinFast,
    /// (len x -- len(x)) Call of the built-in `len`.
    CallNoKwLen,
    /// (isinstance x cls -- bool) Call of the built-in `isinstance`.
    CallNoKwIsinstance,
    /// (cls args -- instance) Call of a built-in class other than `type`
    /// (`range(n)`, `int(s)`, `list(xs)`): its constructor, without the
    /// generic call's dispatch (CPython 3.11's PRECALL_BUILTIN_CLASS).
    CallBuiltinClass,
    /// (cls args -- instance) Call of a class with plain instances whose
    /// `__init__` is a Python function taking exactly the arguments: the
    /// instance is made and `__init__` runs inline (CPython 3.12's
    /// CALL_ALLOC_AND_ENTER_INIT).
    CallAllocAndEnterInit,
    /// (m self args -- result) CallMethod, adaptive.
    CallMethodAdaptive,
    /// (f self args -- result) CallMethod of a Python function found on the
    /// type, with exactly its positional parameters.
    CallMethodPyExactArgs,
    /// (append list x -- None) CallMethod of `list.append` on an exact list.
    CallNoKwListAppend,
    /// (m self args -- result) CallMethod of a method descriptor of a
    /// built-in type on an exact instance of that type.
    CallMethodDescriptor,
    /// (obj -- obj.name) LoadAttr of an instance's own attribute kept in its
    /// split values.
    LoadAttrInstanceValue,
    /// (obj -- obj.name) LoadAttr of a plain class attribute or a bound
    /// method (the cache's `Method`/`ClassValue` kinds) on an instance.
    LoadAttrClassValue,
    /// (cls -- cls.name) LoadAttr on a class object (the `TypeAttr` kind).
    LoadAttrClass,
    /// (module -- module.name) LoadAttr of a module's global.
    LoadAttrModule,
    /// (obj -- f obj) LoadMethod of a function on the type of an instance
    /// whose split values do not hold the name.
    LoadMethodWithValues,
    /// (v obj -- ) StoreAttr into an instance's split values.
    StoreAttrInstanceValue,
    /// (obj -- obj.name) LoadAttr of a `__slots__` member of an instance.
    LoadAttrSlot,
    /// (v obj -- ) StoreAttr into a `__slots__` member of an instance.
    StoreAttrSlot,
}

impl Opcode {
    /// The instruction a specialised or super-instruction stands for (its
    /// own opcode for the others): what `dis` explains its argument by, and
    /// what the VM falls back to when a guard fails.
    pub fn base(self) -> Opcode {
        use Opcode::*;
        match self {
            BinaryOpAddInt
            | BinaryOpSubtractInt
            | BinaryOpMultiplyInt
            | BinaryOpAddFloat
            | BinaryOpSubtractFloat
            | BinaryOpMultiplyFloat
            | BinaryOpAddUnicode => BinaryOp,
            BinarySubscrListInt | BinarySubscrTupleInt | BinarySubscrDict => BinarySubscr,
            StoreSubscrListInt => StoreSubscr,
            LoadFast__LoadFast | LoadFast__LoadConst => LoadFast,
            LoadConst__LoadFast => LoadConst,
            StoreFast__LoadFast | StoreFast__StoreFast => StoreFast,
            CompareOpIntJump | CompareOpFloatJump | CompareOpStrJump | CompareOpInt
            | CompareOpFloat | CompareOpStr => CompareOp,
            ForIterList | ForIterRange => ForIter,
            UnpackSequenceTwoTuple | UnpackSequenceTuple | UnpackSequenceList => UnpackSequence,
            LoadGlobalModule | LoadGlobalBuiltin => LoadGlobal,
            CallAdaptive | CallPyExactArgs | CallBuiltinFast | CallNoKwLen | CallNoKwIsinstance
            | CallBuiltinClass => Call,
            CallMethodAdaptive
            | CallMethodPyExactArgs
            | CallNoKwListAppend
            | CallMethodDescriptor => CallMethod,
            LoadAttrInstanceValue
            | LoadAttrClassValue
            | LoadAttrClass
            | LoadAttrModule
            | LoadAttrSlot => LoadAttr,
            LoadMethodWithValues => LoadMethod,
            StoreAttrInstanceValue | StoreAttrSlot => StoreAttr,
            op => op,
        }
    }
}

/// The argument of [`Opcode::BinaryOp`]: CPython 3.11's NB_* numbering.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOperator {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOperator {
    const ALL: [BinaryOperator; 26] = [
        BinaryOperator::Add,
        BinaryOperator::And,
        BinaryOperator::FloorDivide,
        BinaryOperator::Lshift,
        BinaryOperator::MatrixMultiply,
        BinaryOperator::Multiply,
        BinaryOperator::Remainder,
        BinaryOperator::Or,
        BinaryOperator::Power,
        BinaryOperator::Rshift,
        BinaryOperator::Subtract,
        BinaryOperator::TrueDivide,
        BinaryOperator::Xor,
        BinaryOperator::InplaceAdd,
        BinaryOperator::InplaceAnd,
        BinaryOperator::InplaceFloorDivide,
        BinaryOperator::InplaceLshift,
        BinaryOperator::InplaceMatrixMultiply,
        BinaryOperator::InplaceMultiply,
        BinaryOperator::InplaceRemainder,
        BinaryOperator::InplaceOr,
        BinaryOperator::InplacePower,
        BinaryOperator::InplaceRshift,
        BinaryOperator::InplaceSubtract,
        BinaryOperator::InplaceTrueDivide,
        BinaryOperator::InplaceXor,
    ];

    pub fn from_arg(arg: u32) -> Option<BinaryOperator> {
        Self::ALL.get(arg as usize).copied()
    }

    /// The operator as written (`+`, `+=`, ...), used by `dis` and by
    /// "unsupported operand type(s) for +:" messages.
    pub fn symbol(self) -> &'static str {
        use BinaryOperator::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    /// The plain operator an in-place one falls back to.
    pub fn non_inplace(self) -> BinaryOperator {
        let n = self as u8;
        if n >= 13 {
            Self::ALL[(n - 13) as usize]
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        self as u8 >= 13
    }
}

/// The argument of [`Opcode::CompareOp`], in CPython's Py_LT.. order.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComparisonOperator {
    Less = 0,
    LessEqual = 1,
    Equal = 2,
    NotEqual = 3,
    Greater = 4,
    GreaterEqual = 5,
}

impl ComparisonOperator {
    pub fn from_arg(arg: u32) -> Option<ComparisonOperator> {
        use ComparisonOperator::*;
        Some(match arg {
            0 => Less,
            1 => LessEqual,
            2 => Equal,
            3 => NotEqual,
            4 => Greater,
            5 => GreaterEqual,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use ComparisonOperator::*;
        match self {
            Less => "<",
            LessEqual => "<=",
            Equal => "==",
            NotEqual => "!=",
            Greater => ">",
            GreaterEqual => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> ComparisonOperator {
        use ComparisonOperator::*;
        match self {
            Less => Greater,
            LessEqual => GreaterEqual,
            Equal => Equal,
            NotEqual => NotEqual,
            Greater => Less,
            GreaterEqual => LessEqual,
        }
    }
}

// `Instr::opcode` relies on this: discriminants are exactly 0..ALL.len().
const _: () = {
    let mut i = 0;
    while i < Opcode::ALL.len() {
        assert!(Opcode::ALL[i] as usize == i);
        i += 1;
    }
    assert!(Opcode::ALL.len() <= 256);
};

/// The largest argument an instruction can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// One instruction: opcode in the low byte, argument in the high 24 bits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Instr(u32);

impl Instr {
    #[inline]
    pub fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG);
        Instr((op as u8 as u32) | (arg << 8))
    }

    #[inline(always)]
    #[allow(unsafe_code)]
    pub fn opcode(self) -> Opcode {
        let byte = (self.0 & 0xff) as u8;
        debug_assert!((byte as usize) < Opcode::ALL.len());
        // Opcode is a fieldless repr(u8) enum whose discriminants are
        // 0..ALL.len() (declared without explicit values); the field of an
        // Instr is private and only `new` builds one, from an Opcode. Decoding
        // by transmute spares the dispatch loop a bounds check per instruction.
        // SAFETY: so `byte` is always a valid discriminant of Opcode.
        unsafe { std::mem::transmute::<u8, Opcode>(byte) }
    }

    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }

    /// Replaces the argument (the compiler patches jump targets).
    pub fn with_arg(self, arg: u32) -> Instr {
        Instr::new(self.opcode(), arg)
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.opcode().name(), self.arg())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_round_trips_every_opcode_and_max_arg() {
        for &op in Opcode::ALL {
            let i = Instr::new(op, MAX_ARG);
            assert_eq!(i.opcode(), op);
            assert_eq!(i.arg(), MAX_ARG);
        }
    }

    #[test]
    fn inplace_maps_to_plain_operator() {
        assert_eq!(
            BinaryOperator::InplaceAdd.non_inplace(),
            BinaryOperator::Add
        );
        assert_eq!(
            BinaryOperator::InplaceXor.non_inplace(),
            BinaryOperator::Xor
        );
        assert_eq!(
            BinaryOperator::from_arg(25),
            Some(BinaryOperator::InplaceXor)
        );
        assert_eq!(BinaryOperator::from_arg(26), None);
    }
}
