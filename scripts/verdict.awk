# Parse one guest console log (see scripts/verdict).
# KUnit results come before "iopf-guest: kselftest begin", kselftest's
# after it. Leaf results are counted: KUnit cases, and the TAP lines a
# kselftest program prints itself (or the program's own line when it
# prints none).

function result(name, line,    skip) {
	skip = line ~ /# *SKIP/
	if (line ~ /^not ok/ && !skip) {
		fail++
		print "FAIL " guest ": " name
	} else if (skip) {
		skipped++
	} else {
		pass++
	}
}

function problem(msg) {
	if (!(msg in seen))
		print "BAD " guest ": " msg
	seen[msg] = 1
	bad++
}

function close_program(line, prog,    top_fail) {
	top_fail = line ~ /^not ok/ && line !~ /# *SKIP/
	if (nested == 0)
		result(prog, line)
	else if (top_fail && nested_fail == 0)
		result(prog " (" (line ~ /TIMEOUT/ ? "timeout" : "exit status") ")", line)
	nested = nested_fail = 0
	programs++
}

{
	sub(/\r$/, "")
	sub(/^\[ *[0-9]+\.[0-9]+\] /, "")
}

/^iopf-guest: kselftest begin/ { region = "ksft"; next }
/^iopf-guest: kselftest end/ { region = "post"; ended = 1; next }
/^iopf-guest: done/ { done = 1 }
/^iopf-guest: .* in iommu group / { groups++ }
/^iopf-host: guest timed out/ { problem("guest timed out") }

/Kernel panic|^Oops|Internal error: Oops|^BUG: |^WARNING: |^INFO: |KASAN|UBSAN|unreferenced object|suspected memory leak|Call Trace:|^Call trace:|segfault at/ {
	problem("kernel reported: " $0)
}
/^iopf-guest: intel-iommu: root table in scalable mode/ { sm = 1 }
/^arm-smmu-v3 .*: ias [0-9]+-bit/ { smmu = 1 }

region == "" && /^ +# Subtest: / { suite = $3 }
region == "" && /^ +(not )?ok [0-9]+ - / {
	name = $0
	sub(/^ +(not )?ok [0-9]+ - /, "", name)
	sub(/ *#.*/, "", name)
	result("kunit: " suite "." name, substr($0, match($0, /[^ ]/)))
	next
}
region == "" && /^1\.\.[0-9]+$/ && !kplan { kplan = substr($0, 4) + 0; next }
region == "" && /^(not )?ok [0-9]+ - / { ksuites++; next }

region == "ksft" && /^# selftests: / { prog = $3 " " $4; next }
region == "ksft" && /^# (not )?ok [0-9]+ / {
	line = substr($0, 3)
	name = line
	sub(/^(not )?ok [0-9]+ /, "", name)
	sub(/ *#.*/, "", name)
	nested++
	if (line ~ /^not ok/ && line !~ /# *SKIP/)
		nested_fail++
	result("kselftest: " prog " " name, line)
	next
}
region == "ksft" && /^1\.\.[0-9]+$/ { tplan += substr($0, 4); next }
region == "ksft" && /^(not )?ok [0-9]+ selftests: / {
	p = $0
	sub(/^(not )?ok [0-9]+ selftests: /, "", p)
	sub(/ *#.*/, "", p)
	close_program($0, "kselftest: " p)
	next
}

END {
	if (kplan != ksuites)
		problem("KUnit ran " ksuites + 0 " of " kplan + 0 " suites")
	if (!ended)
		problem("kselftests did not finish")
	else if (tplan != programs)
		problem("kselftest ran " programs + 0 " of " tplan + 0 " programs")
	if (!done)
		problem("guest did not reach the end of its init")
	if (guest ~ /^x86_64/ && !sm)
		problem("intel-iommu not in scalable mode")
	if (guest ~ /^arm64/ && !smmu)
		problem("arm-smmu-v3 did not probe")
	if (!groups)
		problem("no PCI device in an IOMMU group")
	printf "COUNTS %d %d %d %d\n", pass, fail, skipped, bad
}
