//! `-X stats`: what the specializing interpreter did, per instruction family
//! (CPython's `--enable-pystats` build and `Tools/scripts/summarize_stats.py`, built
//! into the normal binary: the dispatch loop is compiled twice, and the counting copy
//! runs only when stats were asked for).

use std::collections::BTreeMap;
use std::fmt::Write;

use taipan_bytecode::Opcode;

use crate::interp::specialize::Failure;

#[derive(Default)]
pub struct Stats {
    /// Executions per opcode byte (base and specialized forms).
    executed: Vec<u64>,
    /// Per family (base opcode): successful specializations.
    success: Vec<u64>,
    /// Per (family, reason): failed specialization attempts.
    failure: BTreeMap<(u8, Failure), u64>,
    /// Per specialized opcode: guard failures, and rewrites back to the base form.
    misses: Vec<u64>,
    deopts: Vec<u64>,
}

impl Stats {
    pub fn new() -> Stats {
        Stats {
            executed: vec![0; 256],
            success: vec![0; 256],
            failure: BTreeMap::new(),
            misses: vec![0; 256],
            deopts: vec![0; 256],
        }
    }

    #[inline(always)]
    pub(crate) fn executed(&mut self, op: Opcode) {
        self.executed[op as usize] += 1;
    }
    pub(crate) fn success(&mut self, family: Opcode) {
        self.success[family as usize] += 1;
    }
    pub(crate) fn failure(&mut self, family: Opcode, reason: Failure) {
        *self.failure.entry((family as u8, reason)).or_default() += 1;
    }
    pub(crate) fn miss(&mut self, op: Opcode) {
        self.misses[op as usize] += 1;
    }
    pub(crate) fn deopt(&mut self, op: Opcode) {
        self.deopts[op as usize] += 1;
    }

    /// The report printed at exit: every family that ran, with its specialized forms.
    pub fn report(&self) -> String {
        let mut out = String::from("Specialization stats (-X stats)\n");
        let total: u64 = self.executed.iter().sum();
        let _ = writeln!(out, "instructions executed: {}", total);
        let mut families: Vec<Opcode> = Opcode::ALL
            .iter()
            .copied()
            .filter(|op| !op.is_specialized())
            .filter(|&f| self.family_executed(f) > 0)
            .collect();
        families.sort_by_key(|&f| std::cmp::Reverse(self.family_executed(f)));
        for family in families {
            let n = self.family_executed(family);
            let forms: Vec<Opcode> = Opcode::ALL
                .iter()
                .copied()
                .filter(|op| op.is_specialized() && op.deopt() == family)
                .collect();
            let _ = writeln!(
                out,
                "\n{:<24} {:>14} executed {:>6.2}%",
                family.name(),
                n,
                100.0 * n as f64 / total.max(1) as f64
            );
            if forms.is_empty() {
                continue;
            }
            let hits: u64 = forms.iter().map(|&f| self.executed[f as usize]).sum();
            let _ = writeln!(
                out,
                "  specialized: {:>6.2}% of executions; {} specializations, {} failures",
                100.0 * hits as f64 / n.max(1) as f64,
                self.success[family as usize],
                self.failure
                    .iter()
                    .filter(|((f, _), _)| *f == family as u8)
                    .map(|(_, c)| c)
                    .sum::<u64>()
            );
            for f in forms {
                let (e, m, d) = (
                    self.executed[f as usize],
                    self.misses[f as usize],
                    self.deopts[f as usize],
                );
                if e > 0 || m > 0 {
                    let _ = writeln!(
                        out,
                        "    {:<30} {:>14} executed {:>10} misses {:>6} deopts",
                        f.name(),
                        e,
                        m,
                        d
                    );
                }
            }
            for ((fam, reason), count) in &self.failure {
                if *fam == family as u8 {
                    let _ = writeln!(out, "    failure: {:<40} {:>10}", reason, count);
                }
            }
        }
        out
    }

    fn family_executed(&self, family: Opcode) -> u64 {
        Opcode::ALL
            .iter()
            .filter(|op| op.deopt() == family)
            .map(|&op| self.executed[op as usize])
            .sum()
    }
}
