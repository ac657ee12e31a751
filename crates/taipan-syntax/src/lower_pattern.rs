//! Lowering of ruff's `match` patterns into Taipan's `Pattern` nodes
//! (CPython 3.11's `pattern` ASDL type).

use ruff_python_ast as r;
use ruff_text_size::Ranged;

use crate::ast::*;
use crate::lower::{Lowerer, R};

impl Lowerer<'_, '_> {
    pub(crate) fn pattern(&mut self, p: &r::Pattern) -> R<Pattern> {
        self.enter(p.range(), |this| this.pattern_inner(p))
    }

    fn patterns(&mut self, ps: &[r::Pattern]) -> R<Vec<Pattern>> {
        let mut out = Vec::with_capacity(ps.len());
        for p in ps {
            out.push(self.pattern(p)?);
        }
        Ok(out)
    }

    fn pattern_inner(&mut self, p: &r::Pattern) -> R<Pattern> {
        let loc = self.loc(p.range());
        let kind = match p {
            r::Pattern::MatchValue(x) => PatternKind::MatchValue {
                value: self.bexpr(&x.value)?,
            },
            r::Pattern::MatchSingleton(x) => PatternKind::MatchSingleton {
                value: match x.value {
                    r::Singleton::None => Constant::None,
                    r::Singleton::True => Constant::Bool(true),
                    r::Singleton::False => Constant::Bool(false),
                },
            },
            r::Pattern::MatchSequence(x) => PatternKind::MatchSequence {
                patterns: self.patterns(&x.patterns)?,
            },
            r::Pattern::MatchMapping(x) => PatternKind::MatchMapping {
                keys: self.exprs(&x.keys)?,
                patterns: self.patterns(&x.patterns)?,
                rest: x.rest.as_ref().map(|n| n.id.to_string()),
            },
            r::Pattern::MatchClass(x) => {
                let cls = self.bexpr(&x.cls)?;
                let patterns = self.patterns(&x.arguments.patterns)?;
                let mut kwd_attrs = Vec::with_capacity(x.arguments.keywords.len());
                let mut kwd_patterns = Vec::with_capacity(x.arguments.keywords.len());
                for k in &x.arguments.keywords {
                    kwd_attrs.push(k.attr.id.to_string());
                    kwd_patterns.push(self.pattern(&k.pattern)?);
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            r::Pattern::MatchStar(x) => PatternKind::MatchStar {
                name: x.name.as_ref().map(|n| n.id.to_string()),
            },
            r::Pattern::MatchAs(x) => PatternKind::MatchAs {
                pattern: match &x.pattern {
                    Some(p) => Some(Box::new(self.pattern(p)?)),
                    None => None,
                },
                name: x.name.as_ref().map(|n| n.id.to_string()),
            },
            r::Pattern::MatchOr(x) => PatternKind::MatchOr {
                patterns: self.patterns(&x.patterns)?,
            },
        };
        Ok(Pattern { kind, loc })
    }
}
