//! `match` statements (placeholder while the port of 3.11's pattern compiler lands).

use taipan_syntax::ast::*;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, _subject: &'a Expr, _cases: &'a [MatchCase]) -> CResult {
        Err(self.error("match statements are not supported yet"))
    }
}
