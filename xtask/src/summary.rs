//! Reads the pass/fail counts out of each test runner's own closing lines, so
//! `cargo xtask test` can end with one total: `N passed, N failed`.

/// Passed and failed counts of one suite.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// Sums libtest's `test result: ok. 3 passed; 1 failed; …` lines (cargo test
/// prints one per test binary; wasm-bindgen-test-runner prints the same).
pub fn libtest(output: &str) -> Counts {
    let mut total = Counts::default();
    for line in output.lines() {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            continue;
        };
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(label), Some(number)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = number.parse::<u64>() else {
                continue;
            };
            match label {
                "passed" => total.passed += n,
                "failed" => total.failed += n,
                _ => {}
            }
        }
    }
    total
}

/// Node's test runner (TAP reporter): `# pass 5` and `# fail 0`.
pub fn node_tap(output: &str) -> Counts {
    let mut total = Counts::default();
    for line in output.lines() {
        let mut words = line.split_whitespace();
        if words.next() != Some("#") {
            continue;
        }
        match (
            words.next(),
            words.next().and_then(|n| n.parse::<u64>().ok()),
        ) {
            (Some("pass"), Some(n)) => total.passed += n,
            (Some("fail"), Some(n)) => total.failed += n,
            _ => {}
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libtest_lines_are_summed_over_test_binaries() {
        let out = "running 3 tests\n\
                   test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
                   test result: FAILED. 4 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(
            libtest(out),
            Counts {
                passed: 7,
                failed: 2
            }
        );
    }

    #[test]
    fn libtest_ignores_other_lines() {
        assert_eq!(libtest("test foo ... ok\n3 passed\n"), Counts::default());
    }

    #[test]
    fn node_tap_reads_pass_and_fail_lines() {
        let out = "ok 1 - a\n# tests 3\n# suites 0\n# pass 2\n# fail 1\n# cancelled 0\n";
        assert_eq!(
            node_tap(out),
            Counts {
                passed: 2,
                failed: 1
            }
        );
    }
}
