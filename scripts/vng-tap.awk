# Count the kselftest TAP of scripts/vng-test (run_kselftest.sh's output):
# test cases passed, failed and skipped, skips whose reason is not in
# selftests/allowed-skips, failing or skipped programs (only smmuv3_inject
# may skip as a whole on x86_64), programs. Prints "PASS FAIL SKIP BAD
# PROGRAMS". Needs scripts/allowed-skips.awk, and -v allowed=FILE.

/^# selftests: [^:]+: / { prog = $4 }
/^# (not )?ok [0-9]+ / {
	if ($2 == "not") { fail++; print "FAILED: " prog ": " $0 > "/dev/stderr" }
	else if ($0 ~ /# SKIP/) {
		skip++
		if (!allowed_skip(skip_reason($0))) { bad++; print "FAILED: skip in " prog ": " $0 > "/dev/stderr" }
	} else pass++
}
/^(not )?ok [0-9]+ selftests: / {
	progs++
	if ($1 == "not") { bad++; print "FAILED: " $0 > "/dev/stderr" }
	else if ($0 ~ /# SKIP/ && $5 != "smmuv3_inject") { bad++; print "FAILED: " $0 > "/dev/stderr" }
}
END { print pass + 0, fail + 0, skip + 0, bad + 0, progs + 0 }
