# Parse one guest console log (see scripts/verdict).
# Variables: guest (ARCH-TIER, from the log's name), allowed (the file of
# skip reasons allowed in the IOPF tests, selftests/allowed-skips),
# expected (the pinned list of kselftest programs and tests and of KUnit
# suites and cases, selftests/expected-tests).
#
# KUnit results come before "iopf-guest: kselftest begin", kselftest's
# after it. Leaf results are counted: KUnit cases, and the TAP lines a
# kselftest program prints itself (or the program's own line when it
# prints none).
#
# The IOPF tests are the KUnit suites iommu-iopf and (arm64)
# arm-smmu-v3-iopf or (x86_64) intel-iommu-iopf, and the kselftest
# collection iommu. They must run, run
# all they plan, skip only for a reason listed in $allowed, and leave no
# framework or SMMUv3 fault warning on the console outside
# "iopf-test: expect-warnings begin" ... "end" marker lines. The
# injection kselftest of the guest's IOMMU (smmuv3_inject, vtd_inject)
# must pass tests and skip none, and DMA through the IOMMU must work
# (guest/init's dma check). The x86_64 intel-iommu must be in the mode
# the command line asks for (iopf.vtd_mode=). The programs and tests of
# $expected must run on the guests it names them for, a test skip only
# where it allows, and no other test of the collection iommu run; so must
# its KUnit suites and cases (kunit:SUITE CASE), and no other case of
# those suites or of the IOPF suites run. DMAR
# fault reports and QEMU's own errors (scripts/boot appends QEMU's
# stderr, "qemu-stderr: ...", and its exit status, "qemu-exit: N") fail
# like framework warnings, and QEMU must exit with status 0.

# skip_reason() and allowed_skip() come from scripts/allowed-skips.awk.

BEGIN {
	E2E_DRIVER = "iopf-test-pci"
	# The guest kind (x86_64, arm64, e2e): the log's name without its tier
	kind = guest
	sub(/-[^-]*$/, "", kind)
	load_expected()
}

# on(LIST, KIND): LIST ("all", "-", or kinds joined by commas) has KIND
function on(list, k) {
	return list == "all" || index("," list ",", "," k ",") > 0
}

# The pinned list (scripts/verdict checks its format): the programs and
# tests this guest must run, in the file's order, and where a test may
# skip; the same for the KUnit suites and cases (kunit:SUITE)
function load_expected(    l, f, s) {
	while ((getline l <expected) > 0) {
		sub(/^[ \t]+/, "", l)
		if (l ~ /^(#|$)/ || split(l, f, /[ \t]+/) != 4)
			continue
		if (f[1] ~ /^kunit:/) {
			s = substr(f[1], 7)
			kpinned[s] = 1
			if (f[2] == "-") {
				if (on(f[3], kind))
					want_suite[++nwant_suite] = s
				continue
			}
			klisted[s, f[2]] = 1
			if (on(f[3], kind)) {
				want_suite_of[++nwant_case] = s
				want_case[nwant_case] = f[2]
			}
			if (on(f[4], kind))
				kskip_ok[s, f[2]] = 1
			continue
		}
		if (f[2] == "-") {
			if (on(f[3], kind))
				want_prog[++nwant_prog] = f[1]
			continue
		}
		listed[f[1], f[2]] = 1
		if (on(f[3], kind)) {
			want_prog_of[++nwant_test] = f[1]
			want_test[nwant_test] = f[2]
		}
		if (on(f[4], kind))
			skip_ok[f[1], f[2]] = 1
	}
	close(expected)
}

# result(NAME, LINE, IOPF, REASON, WHY): count one TAP result line. IOPF
# is set for the IOPF tests, whose skips must have an allowed reason
# (REASON, or the text after "# SKIP" in LINE when empty). WHY, when set,
# says why a result that is not "not ok" fails all the same.
function result(name, line, iopf, reason, why,    skip) {
	skip = line ~ /# *SKIP/
	if (skip && reason == "")
		reason = skip_reason(line)
	if (line ~ /^not ok/ && !skip) {
		fail++
		print "FAIL " guest ": " name
	} else if (why != "") {
		fail++
		print "FAIL " guest ": " name " " why
	} else if (skip && iopf && !allowed_skip(reason)) {
		fail++
		print "FAIL " guest ": " name " skipped, reason not in selftests/allowed-skips: \"" reason "\""
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

# problem_here(MSG): a problem seen while the log was in a test: says which
# ("(in kselftest: COLLECTION: PROGRAM TEST)", "(in kunit: SUITE)"), which
# scripts/mutate reads
function problem_here(msg) {
	problem(msg (current != "" ? " (in " current ")" : ""))
}

# warn(MSG): a warning that no expect-warnings region announced
function warn(msg) {
	if (++nwarn <= 10)
		problem_here(msg)
	else
		bad++
}

# An expect-warnings region must end in the test that opened it.
function close_expect(where) {
	if (expect)
		problem("\"iopf-test: expect-warnings begin\" without end in " where)
	expect = 0
}

function close_program(line, prog,    top_fail) {
	top_fail = line ~ /^not ok/ && line !~ /# *SKIP/
	if (nested == 0)
		result(prog, line, coll == "iommu", preason)
	else if (top_fail && nested_fail == 0)
		result(prog " (" (line ~ /TIMEOUT/ ? "timeout" : "exit status") ")", line)
	if (pplan != "" && pplan + 0 != nested)
		problem(prog " ran " nested + 0 " of the " pplan " tests it planned")
	else if (pplan == "" && coll == "iommu")
		problem(prog " printed no TAP plan")
	if (coll == "iommu")
		close_expect(prog)
	pk = prog
	sub(/^kselftest: /, "", pk)
	sub(/: /, ":", pk)
	ran_prog[pk] = 1
	nested = nested_fail = 0
	pplan = preason = running = assertion = current = ""
	programs++
}

{
	sub(/\r$/, "")
	sub(/^\[ *[0-9]+\.[0-9]+\] /, "")
}

# QEMU's stderr, a line each, prefixed by scripts/boot; it may land in the
# middle of a console line, whose start is read as the console's
{
	qi = index($0, "qemu-stderr: ")
	if (qi) {
		qline = substr($0, qi + 13)
		# error_report()'s "qemu-system-x86_64: ...", intel-iommu's
		# invalid descriptors, the guest errors (-d guest_errors on
		# the e2e guest) of iopf-testdev and of intel-iommu (its
		# functions' names), assertions
		if (!expect && (qline ~ /^qemu[^ :]*: / || qline ~ /^(iopf-testdev|vtd_[a-z0-9_]+): / ||
		    qline ~ /invalid page group response desc|Assertion .* failed|^ERROR:|Bail out!/))
			warn("QEMU reported: " qline)
		if (qi == 1)
			next
		$0 = substr($0, 1, qi - 1)
	}
}
/^qemu-exit: [0-9]+$/ { qemu_exit = $2; next }

# Framework warnings: io-pgfault.c's messages start with "iopf: "; the
# others are iommu_page_response()'s and the group worker's. A test that
# provokes them on purpose prints marker lines around them.
/iopf-test: expect-warnings begin/ {
	if (expect)
		problem("nested \"iopf-test: expect-warnings begin\": " $0)
	expect = 1
}
/iopf-test: expect-warnings end/ {
	if (!expect)
		problem("\"iopf-test: expect-warnings end\" without begin: " $0)
	expect = 0
}
!expect && (/no pending PRQ/ || /cannot answer group/ || /(^|[ \t])iopf: / ||
	     /aborting stalled access|cannot report page request|PRIQ overflow/ ||
	     /refusing malformed page request|PRQ overflow/) {
	warn("framework warning: " $0)
}
# The VT-d driver's reports of a fault of the IOMMU itself: an invalid
# descriptor in the invalidation queue, a DMA or interrupt remapping fault
!expect && (/VT-d detected invalid descriptor|DRHD: handling fault status reg/ ||
	     /\[(DMA Read|DMA Write|INTR-REMAP)\] Request device|\[fault reason [0-9]+\]/) {
	warn("VT-d fault report: " $0)
}

/^iopf-guest: kselftest begin/ { region = "ksft"; current = ""; next }
/^iopf-guest: kselftest end/ { region = "post"; ended = 1; current = ""; next }
/^iopf-guest: done/ { done = 1 }
/^iopf-guest: .* in iommu group / { groups++ }
/^iopf-host: guest timed out/ { problem_here("guest timed out") }
/^smp: Brought up [0-9]+ nodes?, [0-9]+ CPUs?$/ { cpus = $6 }
# Lost console lines could have held anything
/printk messages dropped/ { problem("console lost lines: " $0) }

# Anywhere on the line: after a log level, a prefix ("rcu: ",
# "watchdog: "), or in the middle of a line user space was writing (but
# not in DEBUG: or a name in capitals)
/Kernel panic|(^|[^A-Z_])(Oops[: ]|BUG: |WARNING: |INFO: )|kernel BUG at |KASAN|UBSAN|unreferenced object|suspected memory leak|Call Trace:|Call trace:|segfault at/ ||
/soft lockup|hard LOCKUP|self-detected stall|detected stalls on CPU|blocked for more than [0-9]+ seconds/ {
	problem_here("kernel reported: " $0)
}
/^iopf-guest: .* cmdline: .*iopf\.vtd_mode=/ {
	vtd_mode = $0
	sub(/.*iopf\.vtd_mode=/, "", vtd_mode)
	sub(/ .*/, "", vtd_mode)
}
/^iopf-guest: intel-iommu: root table in [a-z]+ mode/ { vtd_seen = $6 }
/^iopf-guest: .* cmdline: .*iopf\.bench=short/ { bench_asked = 1 }
/^iopf-guest: bench begin$/ { current = "the benchmark" }
/^iopf-guest: bench done$/ { bench_done = 1; current = "" }
/^iopf-guest: bench FAILED/ { problem("the benchmark failed: " $0); current = "" }
/^iopf-guest: dma: .* content ok$/ { dma = 1 }
# The e2e guests: QEMU's iopf-testdev faults through the emulated
# intel-iommu (e2e) or SMMUv3 (e2e-arm64); its driver binds it, its page
# requests raise the page request queue's interrupt, and the trace shows
# them reported and answered for that device
/^iopf-test-pci .*: I\/O page faults and SVA enabled$/ { e2e_sva = 1 }
# The page request thread's overflow branch ran on the real queue
# (iopf.pci.prq_overflow), not only on KUnit's mock IOMMU
/^IOMMU: dmar[0-9]+: PRQ overflow cleared$/ { e2e_overflow = 1 }
# The host unplugged and plugged a device through QEMU's monitor
# (iopf.pci.hot_unplug), and the storm ran to its end (iopf.pci.storm)
/^iopf-host: device_del td[0-9] \(try [0-9]+\): \{"return"/ { e2e_del = 1 }
/^iopf-host: device_add td[0-9] \(try [0-9]+\): \{"return"/ { e2e_add = 1 }
/^# # storm: seed [0-9]+: [0-9]+ groups in / { e2e_storm = 1 }
# The guest prints the last report: the VT-d page request thread's, or
# the thread of the SMMUv3's PRI queue interrupt (its name cut to
# "irq/N-arm-smmu-", N the interrupt of the before: line)
/^iopf-guest: e2e: trace: .* iopf_report: IOMMU:/ &&
    (/irq\/[0-9]+-dmar[0-9]+-pr/ || (priq_irq != "" && index($0, " irq/" priq_irq "-arm-smmu"))) { e2e_prq_thread = 1 }
/^iopf-guest: e2e: iopf-testdev / {
	drv = $0
	sub(/.*, driver */, "", drv)
	e2e_ndev++
	if (drv != E2E_DRIVER)
		e2e_unbound = e2e_unbound " " substr($4, 1, length($4) - 1) " (driver '" drv "')"
}
/^iopf-guest: e2e: before: .*arm-smmu-v3-priq/ { priq_irq = $4; sub(/:$/, "", priq_irq) }
/^iopf-guest: e2e: (before|after): .*(dmar[0-9]+-prq|arm-smmu-v3-priq)/ {
	n = 0
	for (i = 5; i <= NF && $i ~ /^[0-9]+$/; i++)
		n += $i
	prq[$3] = n
}
# Each iopf-testdev's own counters at the end of the run
# (qemu/smoke/iopf-regs.c): every group answered exactly once, nothing
# through a stale translation, nothing left outstanding
/^iopf-guest: e2e: device [0-9a-f:.]+: iopf-regs: / {
	e2e_regs++
	dev = $4
	sub(/:$/, "", dev)
	split("", c)
	for (i = 1; i <= NF; i++)
		if (split($i, kv, "=") == 2)
			c[kv[1]] = kv[2] + 0
	if (!c["groups"] || c["unexpected"] || c["wrong_pasid"] || c["stale"] ||
	    c["outstanding"] ||
	    c["groups"] != c["responses"] - c["ignored"] + c["dropped"])
		problem("iopf-testdev " dev " did not receive one answer per group: " \
			c["groups"] " groups, " c["responses"] " responses, " \
			c["ignored"] " ignored, " c["dropped"] " dropped, " \
			c["unexpected"] " unexpected, " c["wrong_pasid"] \
			" with a wrong PASID, " c["outstanding"] " outstanding, " \
			c["stale"] " through a stale translation")
	for (k in c)
		devsum[k] += c[k]
}
/^iopf-guest: e2e: trace: iopf_(report|response): [0-9]+ events of / {
	e2e_trace[$4] += $5
}
/^iopf-guest: dma: FAILED/ { problem("DMA through the IOMMU: " $0) }
/^arm-smmu-v3 .*: ias [0-9]+-bit/ { smmu = 1 }

# KUnit (KTAP): "    # Subtest: SUITE", "    1..N", the cases indented,
# then the suite's own result line.
region == "" && /^ +# Subtest: / {
	suite = $3
	splan = ""
	scases = scase_fail = 0
	current = "kunit: " suite
	ran_suite[suite] = 1
	if (suite == "iommu-iopf")
		kiopf = 1
	if (suite == "arm-smmu-v3-iopf")
		ksmmu = 1
	if (suite == "intel-iommu-iopf")
		kvtd = 1
	next
}
region == "" && suite != "" && /^ +1\.\.[0-9]+$/ && splan == "" {
	splan = $1
	sub(/^1\.\./, "", splan)
	next
}
region == "" && /^ +(not )?ok [0-9]+ - / {
	name = $0
	sub(/^ +(not )?ok [0-9]+ - /, "", name)
	sub(/ *#.*/, "", name)
	scases++
	line = substr($0, match($0, /[^ ]/))
	skip = line ~ /# *SKIP/
	if (line ~ /^not ok/ && !skip)
		scase_fail++
	iopf = suite == "iommu-iopf" || suite == "arm-smmu-v3-iopf" ||
	    suite == "intel-iommu-iopf"
	# The pinned list: every case of its suites and of the IOPF suites
	# is in it, and skips only where it allows
	ran_case[suite, name] = 1
	why = ""
	if ((iopf || (suite in kpinned)) && !((suite, name) in klisted))
		why = "is not in selftests/expected-tests"
	else if ((iopf || (suite in kpinned)) && skip && allowed_skip(skip_reason(line)) &&
		 !((suite, name) in kskip_ok))
		why = "skipped on " kind ", where selftests/expected-tests does not allow it: \"" skip_reason(line) "\""
	result("kunit: " suite "." name, line, iopf, "", why)
	next
}
region == "" && /^1\.\.[0-9]+$/ && !kplan { kplan = substr($0, 4) + 0; next }
region == "" && /^(not )?ok [0-9]+ - / {
	if (suite != "") {
		if (splan == "")
			problem("KUnit suite " suite " printed no plan")
		else if (splan + 0 == 0)
			problem("KUnit suite " suite " planned no test (1..0)")
		else if (splan + 0 != scases)
			problem("KUnit suite " suite " ran " scases " of " splan " cases")
		if (suite == "iommu-iopf" || suite == "arm-smmu-v3-iopf" ||
		    suite == "intel-iommu-iopf")
			close_expect("KUnit suite " suite)
	}
	# A suite that fails with no failing case (its init, or a case
	# result lost) fails once
	if (/^not ok/ && !/# *SKIP/ && !(suite != "" && scase_fail)) {
		name = $0
		sub(/^not ok [0-9]+ - /, "", name)
		sub(/ *#.*/, "", name)
		fail++
		print "FAIL " guest ": kunit: " name " (the suite failed, no case of it did)"
	}
	suite = current = ""
	ksuites++
	next
}

# kselftest: run_kselftest.sh prefixes a program's output with "# " and
# closes it with "ok N selftests: COLLECTION: PROGRAM".
region == "ksft" && /^# selftests: / {
	prog = $3 " " $4
	coll = $3
	sub(/:$/, "", coll)
	pkey = coll ":" $4
	if (coll == "iommu")
		kselftest_iommu = 1
	current = "kselftest: " prog
	next
}
region == "ksft" && /^# # +RUN +/ {
	running = $4
	assertion = ""
	current = "kselftest: " prog " " running
	next
}
# kselftest_harness.h's report of a failed EXPECT_*() or ASSERT_*()
# ("FILE:LINE:TEST:Expected ..."): 5.10's harness still reports a test
# that called SKIP() as skipped when its teardown fails an EXPECT_*()
region == "ksft" && running != "" && /^# # [^ ]+:[0-9]+:[^ ]*:Expected / {
	if (assertion == "")
		assertion = substr($0, 5)
	next
}
region == "ksft" && /^# 1\.\.[0-9]+/ && pplan == "" {
	pplan = $2
	sub(/^1\.\./, "", pplan)
	sub(/[^0-9].*/, "", pplan)
	if ($0 ~ /# *SKIP/)
		preason = skip_reason(substr($0, 3))
	next
}
region == "ksft" && /^# (not )?ok [0-9]+ / {
	line = substr($0, 3)
	name = line
	sub(/^(not )?ok [0-9]+ /, "", name)
	sub(/ *#.*/, "", name)
	# kselftest_harness.h names no test on a skip: use its RUN line (a
	# program that skips as a whole names none)
	named = 1
	if (name == "")
		name = running
	if (name == "") {
		name = "test " $3
		named = 0
	}
	nested++
	skip = line ~ /# *SKIP/
	if (line ~ /^not ok/ && !skip)
		nested_fail++
	# A skip that selftests/expected-tests allows on this guest (the
	# injected overflow, refused on a live page request queue) is not
	# the program missing its IOMMU
	if ((prog == "iommu: smmuv3_inject" || prog == "iommu: vtd_inject") &&
	    !(skip && named && (pkey, name) in skip_ok))
		inj[prog, skip ? "skip" : line ~ /^ok/ ? "pass" : "fail"]++
	# The pinned list: every test of the collection iommu is in it, and
	# skips only where it allows
	why = ""
	if (named)
		ran_test[pkey, name] = 1
	if (skip && assertion != "")
		why = "skipped, but an assertion failed: " assertion
	else if (coll == "iommu" && named && !((pkey, name) in listed))
		why = "is not in selftests/expected-tests"
	else if (coll == "iommu" && named && skip && allowed_skip(skip_reason(line)) &&
		 !((pkey, name) in skip_ok))
		why = "skipped on " kind ", where selftests/expected-tests does not allow it: \"" skip_reason(line) "\""
	result("kselftest: " prog " " name, line, coll == "iommu", "", why)
	# The iopf tests' pci variant, on iopf-testdev: on the e2e guests it
	# may skip only the tests that need the mock device, and those that
	# selftests/expected-tests lets skip there
	if (prog == "iommu: iopf" && name ~ /^iopf\.pci\./) {
		if (line ~ /# *SKIP/ && skip_reason(line) !~ /^needs the mock device: / &&
		    !((pkey, name) in skip_ok))
			pci_skip++
		else if (line ~ /^ok/ && line !~ /# *SKIP/)
			pci_pass++
	}
	running = assertion = ""
	current = "kselftest: " prog
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

# The iopf_discard event records its reason as a string, not a pointer
# that perf and trace-cmd would show as an address
/iopf-guest: trace: .* iopf_discard: / {
	discards++
	if ($0 !~ /reason=[a-z]+$/)
		problem("iopf_discard without a readable reason: " $0)
}
/iopf-guest: trace format: iopf_discard: / && !/__data_loc char\[\] reason;/ {
	problem("iopf_discard records its reason as a pointer: " $0)
}

END {
	if (kplan != ksuites)
		problem("KUnit ran " ksuites + 0 " of " kplan + 0 " suites")
	if (suite != "")
		problem("KUnit suite " suite " did not finish")
	if (!kiopf)
		problem("KUnit suite iommu-iopf did not run")
	if (!ended)
		problem("kselftests did not finish")
	else if (tplan != programs)
		problem("kselftest ran " programs + 0 " of " tplan + 0 " programs")
	if (!kselftest_iommu)
		problem("kselftest collection iommu did not run")
	# The pinned list of programs and tests
	if (!nwant_prog)
		problem("selftests/expected-tests names no program for guest kind '" kind "' (the log's name is ARCH-TIER.log)")
	for (i = 1; i <= nwant_prog; i++)
		if (!(want_prog[i] in ran_prog))
			problem("kselftest program " want_prog[i] " did not run (no result line)")
	missing = 0
	for (i = 1; i <= nwant_test; i++)
		if ((want_prog_of[i] in ran_prog) && !((want_prog_of[i], want_test[i]) in ran_test) &&
		    ++missing <= 10)
			problem("kselftest " want_prog_of[i] " " want_test[i] " did not run (selftests/expected-tests)")
	# The pinned KUnit suites and cases: a case lost from the suite's
	# array, or left out by an #if the guest's configuration does not
	# meet, is missing from a suite that ran
	for (i = 1; i <= nwant_suite; i++)
		if (!(want_suite[i] in ran_suite))
			problem("KUnit suite " want_suite[i] " did not run")
	for (i = 1; i <= nwant_case; i++)
		if ((want_suite_of[i] in ran_suite) && !((want_suite_of[i], want_case[i]) in ran_case) &&
		    ++missing <= 10)
			problem("KUnit case " want_suite_of[i] "." want_case[i] " did not run (selftests/expected-tests)")
	if (missing > 10) {
		print "BAD " guest ": " missing - 10 " more tests of selftests/expected-tests did not run"
		bad++
	}
	if (kselftest_iommu && !discards)
		problem("no iopf_discard trace event after the kselftests")
	close_expect("the log")
	if (nwarn > 10)
		print "BAD " guest ": " nwarn - 10 " more warnings"
	if (!done)
		problem_here("guest did not reach the end of its init")
	if (qemu_exit == "")
		problem("no QEMU exit status (no \"qemu-exit: N\" line from scripts/boot)")
	else if (qemu_exit != 0)
		problem_here("QEMU exited with status " qemu_exit)
	if (cpus < 2)
		problem("guest not SMP (" (cpus == "" ? "no \"smp: Brought up\" line" : cpus " CPU") ")")
	if ((kind == "x86_64" || kind == "e2e") && vtd_mode == "")
		problem("no iopf.vtd_mode= on the command line")
	if ((kind == "x86_64" || kind == "e2e") && vtd_seen != vtd_mode)
		problem("intel-iommu in mode '" vtd_seen "', not '" vtd_mode "'")
	if ((kind == "x86_64" || kind == "e2e") && !kvtd)
		problem("KUnit suite intel-iommu-iopf did not run")
	injp = kind ~ /arm64/ ? "iommu: smmuv3_inject" : "iommu: vtd_inject"
	if (!inj[injp, "pass"] || inj[injp, "skip"])
		problem(injp ": " inj[injp, "pass"] + 0 " passed, " inj[injp, "skip"] + 0 " skipped")
	if (!dma)
		problem("no DMA through the IOMMU checked")
	if (bench_asked && !bench_done)
		problem("the short benchmark did not complete")
	if (kind ~ /arm64/ && !smmu)
		problem("arm-smmu-v3 did not probe")
	if (kind ~ /arm64/ && !ksmmu)
		problem("KUnit suite arm-smmu-v3-iopf did not run")
	if (!groups)
		problem("no PCI device in an IOMMU group")
	if (guest ~ /^e2e/) {
		if (e2e_ndev < 2)
			problem("the e2e guest has " e2e_ndev + 0 " iopf-testdev, not 2")
		if (e2e_unbound != "")
			problem("iopf-testdev not bound to " E2E_DRIVER ":" e2e_unbound)
		if (prq["after:"] <= prq["before:"])
			problem("no page request interrupt (dmar*-prq, arm-smmu-v3-priq) during the tests")
		if (!e2e_trace["iopf_report:"] || !e2e_trace["iopf_response:"])
			problem("no page request of iopf-testdev reported and answered in the trace")
		if (!e2e_sva)
			problem("iopf-test-pci did not enable I/O page faults and SVA on iopf-testdev")
		if (!e2e_prq_thread)
			problem("the device's last page request was not reported by the page request thread")
		# On e2e-arm64, injection prints the SMMUv3's overflow line too:
		# iopf.pci.prq_overflow checks the real one (Documentation/testing.md)
		if (kind == "e2e" && !e2e_overflow)
			problem("the page request queue never overflowed and recovered (PRQ overflow cleared)")
		if ((!e2e_del || !e2e_add) && guest != "e2e-arm64-debug")
			problem("no device unplugged and plugged again through QEMU's monitor")
		if (!e2e_storm)
			problem("no storm summary (iopf.pci.storm)")
		if (e2e_regs < e2e_ndev || !e2e_regs)
			problem("counters of " e2e_regs + 0 " of " e2e_ndev + 0 " iopf-testdev at the end of the run")
		# What the run must have made the devices do (qemu/README.md):
		# several groups and PASIDs in flight over both devices, PRG
		# indexes reused at once and held by two PASIDs at once, the
		# device TLB used and invalidated
		else if (devsum["peak_outstanding"] < 8 || devsum["peak_pasids"] < 4 ||
			 devsum["prgi_reused"] < 100 || devsum["prgi_shared"] < 1 ||
			 devsum["atc_hits"] < 1 || devsum["atc_invalidations"] < 1)
			problem("the devices were not exercised as required: peak groups " \
				devsum["peak_outstanding"] + 0 " (>= 8), peak PASIDs " \
				devsum["peak_pasids"] + 0 " (>= 4), indexes reused at once " \
				devsum["prgi_reused"] + 0 " (>= 100), held by two PASIDs " \
				devsum["prgi_shared"] + 0 " (>= 1), device TLB hits " \
				devsum["atc_hits"] + 0 " and invalidations " \
				devsum["atc_invalidations"] + 0 " (> 0)")
		if (!pci_pass || pci_skip)
			problem("kselftest iopf on iopf-testdev: " pci_pass + 0 " passed, " pci_skip + 0 " skipped without needing the mock device")
	}
	printf "COUNTS %d %d %d %d\n", pass, fail, skipped, bad
}
