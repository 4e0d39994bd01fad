//! The abstract syntax tree of the arenapy Python subset.
//!
//! The shapes follow CPython's `ast` module (same node names, same field
//! names where it makes sense) so a reader who knows `ast.dump` feels at home.
//! Every statement and expression carries the [`Span`] of source it came from;
//! the compiler turns spans into line numbers and caret ranges for tracebacks.
//!
//! The AST knows nothing of the parser that builds it: grammar actions call
//! small builder functions, so the parser stays a replaceable part.

use num_bigint::BigInt;

/// A half-open range of byte offsets `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

pub type Ident = String;

/// A whole source file (or one REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression statement (its value is discarded, or printed in the REPL).
    Expr(Expr),
    /// `a = b = value`: `targets` holds `[a, b]`, left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. `simple` is true when the target is a
    /// plain name not in parentheses (CPython's meaning).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    /// `try`, or with `star` CPython's `TryStar` (PEP 654 `except*`
    /// clauses: then every handler has a type).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        star: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Delete(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from .m import a as b`; `module` is `None` for `from . import x`;
    /// `names` is a single `*` alias for a star import.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `match subject:` followed by its `case` blocks.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern if guard: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// The patterns of PEP 634, named as CPython's `ast` names them.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted name compared with `==`: `1`, `-2.5`, `"s"`, `Color.RED`.
    MatchValue(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton(Constant),
    /// `[a, *rest]`, `(a, b)`, or `a, b` at the top of a case.
    MatchSequence(Vec<Pattern>),
    /// `{key: pattern, **rest}`: keys are literals or dotted names.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p1, p2, attr=p3)`.
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` inside a sequence pattern; `None` for `*_`.
    MatchStar(Option<Ident>),
    /// `pattern as name`; a bare capture `name` has no pattern; the
    /// wildcard `_` has neither.
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p1 | p2 | ...`
    MatchOr(Vec<Pattern>),
}

impl Pattern {
    /// True for the wildcard `_` (CPython's WILDCARD_CHECK).
    pub fn is_wildcard(&self) -> bool {
        matches!(
            self.kind,
            PatternKind::MatchAs {
                pattern: None,
                name: None
            }
        )
    }

    /// True for `*_` (CPython's WILDCARD_STAR_CHECK).
    pub fn is_star_wildcard(&self) -> bool {
        matches!(self.kind, PatternKind::MatchStar(None))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A function's parameters, laid out as CPython's `ast.arguments`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    /// Parameters before a `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Parameters after `*` or `*args`.
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` item: its default, if any.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the *last* `defaults.len()` positional parameters
    /// (posonlyargs followed by args).
    pub defaults: Vec<Expr>,
}

impl Arguments {
    /// Every parameter in the order CPython lists annotations: positional
    /// only, ordinary, `*args`, keyword only, `**kwargs`.
    pub fn all(&self) -> impl Iterator<Item = &Arg> {
        self.posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// `name=value` in a call or class definition; `arg` is `None` for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// An `except*` clause (the parser rejects a `try` mixing both kinds).
    pub star: bool,
}

/// `name [as asname]` in an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` (one node for the whole chain, as CPython).
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks `**m` (the value is `m`).
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `left op0 c0 op1 c1 ...` (a chained comparison is one node).
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; `*x` arguments appear in `args` as `Starred`,
    /// `**x` in `keywords` with `arg: None`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` part of an f-string.
    /// `conversion` is `'s'`, `'r'` or `'a'`; `format_spec` is a `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant(Str)` and `FormattedValue` parts.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    /// `value[slice]`; `a[1:2, 3]` has a `Tuple` of a `Slice` and a constant.
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(Ident),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `lower:upper:step`, only inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// Any integer literal, already converted from its base.
    Int(BigInt),
    Float(f64),
    /// The imaginary part of a complex literal such as `2j`.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
