# Parse one guest console log (see scripts/verdict).
# Variables: guest (ARCH-TIER, from the log's name), allowed (the file of
# skip reasons allowed in the IOPF tests, selftests/allowed-skips).
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
# the command line asks for (iopf.vtd_mode=).

# skip_reason() and allowed_skip() come from scripts/allowed-skips.awk.

BEGIN {
	E2E_DRIVER = "iopf-test-pci"
}

# result(NAME, LINE, IOPF, REASON): count one TAP result line. IOPF is set
# for the IOPF tests, whose skips must have an allowed reason (REASON, or
# the text after "# SKIP" in LINE when empty).
function result(name, line, iopf, reason,    skip) {
	skip = line ~ /# *SKIP/
	if (skip && reason == "")
		reason = skip_reason(line)
	if (line ~ /^not ok/ && !skip) {
		fail++
		print "FAIL " guest ": " name
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
	nested = nested_fail = 0
	pplan = preason = running = ""
	programs++
}

{
	sub(/\r$/, "")
	sub(/^\[ *[0-9]+\.[0-9]+\] /, "")
}

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
	if (++nwarn <= 10)
		problem("framework warning: " $0)
	else
		bad++
}

/^iopf-guest: kselftest begin/ { region = "ksft"; next }
/^iopf-guest: kselftest end/ { region = "post"; ended = 1; next }
/^iopf-guest: done/ { done = 1 }
/^iopf-guest: .* in iommu group / { groups++ }
/^iopf-host: guest timed out/ { problem("guest timed out") }
/^smp: Brought up [0-9]+ nodes?, [0-9]+ CPUs?$/ { cpus = $6 }
# Lost console lines could have held anything
/printk messages dropped/ { problem("console lost lines: " $0) }

/Kernel panic|^Oops|Internal error: Oops|^BUG: |^WARNING: |^INFO: |KASAN|UBSAN|unreferenced object|suspected memory leak|Call Trace:|^Call trace:|segfault at/ {
	problem("kernel reported: " $0)
}
/^iopf-guest: .* cmdline: .*iopf\.vtd_mode=/ {
	vtd_mode = $0
	sub(/.*iopf\.vtd_mode=/, "", vtd_mode)
	sub(/ .*/, "", vtd_mode)
}
/^iopf-guest: intel-iommu: root table in [a-z]+ mode/ { vtd_seen = $6 }
/^iopf-guest: .* cmdline: .*iopf\.bench=short/ { bench_asked = 1 }
/^iopf-guest: bench done$/ { bench_done = 1 }
/^iopf-guest: bench FAILED/ { problem("the benchmark failed: " $0) }
/^iopf-guest: dma: .* content ok$/ { dma = 1 }
# The e2e guest: QEMU's iopf-testdev faults through the emulated
# intel-iommu; its driver binds it, its page requests raise the page
# request queue's interrupt, and the trace shows them reported and
# answered for that device
/^iopf-test-pci .*: I\/O page faults and SVA enabled$/ { e2e_sva = 1 }
# The guest prints the last report: the VT-d page request thread's
/^iopf-guest: e2e: trace: .* iopf_report: IOMMU:/ && /irq\/[0-9]+-dmar[0-9]+-pr/ { e2e_prq_thread = 1 }
/^iopf-guest: e2e: iopf-testdev / {
	e2e_dev = $0
	sub(/.*, driver */, "", e2e_dev)
}
/^iopf-guest: e2e: (before|after): .*dmar[0-9]+-prq/ {
	n = 0
	for (i = 5; i <= NF && $i ~ /^[0-9]+$/; i++)
		n += $i
	prq[$3] = n
}
# iopf-testdev's own counters at the end of the run (qemu/smoke/iopf-regs.c)
/^iopf-guest: e2e: device: iopf-regs: / {
	e2e_regs = 1
	for (i = 1; i <= NF; i++)
		if (split($i, kv, "=") == 2)
			devcount[kv[1]] = kv[2]
}
/^iopf-guest: e2e: trace: iopf_(report|response): [0-9]+ events of / {
	e2e_trace[$4] = $5
}
/^iopf-guest: dma: FAILED/ { problem("DMA through the IOMMU: " $0) }
/^arm-smmu-v3 .*: ias [0-9]+-bit/ { smmu = 1 }

# KUnit (KTAP): "    # Subtest: SUITE", "    1..N", the cases indented,
# then the suite's own result line.
region == "" && /^ +# Subtest: / {
	suite = $3
	splan = ""
	scases = 0
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
	result("kunit: " suite "." name, substr($0, match($0, /[^ ]/)),
		suite == "iommu-iopf" || suite == "arm-smmu-v3-iopf" ||
		    suite == "intel-iommu-iopf")
	next
}
region == "" && /^1\.\.[0-9]+$/ && !kplan { kplan = substr($0, 4) + 0; next }
region == "" && /^(not )?ok [0-9]+ - / {
	if (suite != "") {
		if (splan == "")
			problem("KUnit suite " suite " printed no plan")
		else if (splan + 0 != scases)
			problem("KUnit suite " suite " ran " scases " of " splan " cases")
		if (suite == "iommu-iopf" || suite == "arm-smmu-v3-iopf" ||
		    suite == "intel-iommu-iopf")
			close_expect("KUnit suite " suite)
	}
	suite = ""
	ksuites++
	next
}

# kselftest: run_kselftest.sh prefixes a program's output with "# " and
# closes it with "ok N selftests: COLLECTION: PROGRAM".
region == "ksft" && /^# selftests: / {
	prog = $3 " " $4
	coll = $3
	sub(/:$/, "", coll)
	if (coll == "iommu")
		kselftest_iommu = 1
	next
}
region == "ksft" && /^# # +RUN +/ { running = $4; next }
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
	# kselftest_harness.h names no test on a skip: use its RUN line
	if (name == "")
		name = running != "" ? running : "test " $3
	nested++
	if (line ~ /^not ok/ && line !~ /# *SKIP/)
		nested_fail++
	if (prog == "iommu: smmuv3_inject" || prog == "iommu: vtd_inject")
		inj[prog, line ~ /# *SKIP/ ? "skip" : line ~ /^ok/ ? "pass" : "fail"]++
	result("kselftest: " prog " " name, line, coll == "iommu")
	# The iopf tests' pci variant, on iopf-testdev: on the e2e guest it
	# may skip only the tests that need the mock device
	if (prog == "iommu: iopf" && name ~ /^iopf\.pci\./) {
		if (line ~ /# *SKIP/ && skip_reason(line) !~ /^needs the mock device: /)
			pci_skip++
		else if (line ~ /^ok/ && line !~ /# *SKIP/)
			pci_pass++
	}
	running = ""
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
	if (kselftest_iommu && !discards)
		problem("no iopf_discard trace event after the kselftests")
	close_expect("the log")
	if (nwarn > 10)
		print "BAD " guest ": " nwarn - 10 " more framework warnings"
	if (!done)
		problem("guest did not reach the end of its init")
	if (cpus < 2)
		problem("guest not SMP (" (cpus == "" ? "no \"smp: Brought up\" line" : cpus " CPU") ")")
	if (guest ~ /^(x86_64|e2e)/ && vtd_mode == "")
		problem("no iopf.vtd_mode= on the command line")
	if (guest ~ /^(x86_64|e2e)/ && vtd_seen != vtd_mode)
		problem("intel-iommu in mode '" vtd_seen "', not '" vtd_mode "'")
	if (guest ~ /^(x86_64|e2e)/ && !kvtd)
		problem("KUnit suite intel-iommu-iopf did not run")
	injp = guest ~ /^arm64/ ? "iommu: smmuv3_inject" : "iommu: vtd_inject"
	if (!inj[injp, "pass"] || inj[injp, "skip"])
		problem(injp ": " inj[injp, "pass"] + 0 " passed, " inj[injp, "skip"] + 0 " skipped")
	if (!dma)
		problem("no DMA through the IOMMU checked")
	if (bench_asked && !bench_done)
		problem("the short benchmark did not complete")
	if (guest ~ /^arm64/ && !smmu)
		problem("arm-smmu-v3 did not probe")
	if (guest ~ /^arm64/ && !ksmmu)
		problem("KUnit suite arm-smmu-v3-iopf did not run")
	if (!groups)
		problem("no PCI device in an IOMMU group")
	if (guest ~ /^e2e/) {
		if (e2e_dev != E2E_DRIVER)
			problem("iopf-testdev not bound to " E2E_DRIVER " (driver '" e2e_dev "')")
		if (prq["after:"] <= prq["before:"])
			problem("no page request interrupt (dmar*-prq) during the tests")
		if (!e2e_trace["iopf_report:"] || !e2e_trace["iopf_response:"])
			problem("no page request of iopf-testdev reported and answered in the trace")
		if (!e2e_sva)
			problem("iopf-test-pci did not enable I/O page faults and SVA on iopf-testdev")
		if (!e2e_prq_thread)
			problem("the device's last page request was not reported by the VT-d page request thread")
		if (!e2e_regs)
			problem("no counters of iopf-testdev at the end of the run")
		else if (!devcount["groups"] || devcount["groups"] != devcount["responses"] ||
			 devcount["unexpected"] || devcount["wrong_pasid"] || devcount["outstanding"])
			problem("iopf-testdev did not receive one answer per group: " \
				devcount["groups"] + 0 " groups, " devcount["responses"] + 0 " responses, " \
				devcount["unexpected"] + 0 " unexpected, " devcount["wrong_pasid"] + 0 \
				" with a wrong PASID, " devcount["outstanding"] + 0 " outstanding")
		if (!pci_pass || pci_skip)
			problem("kselftest iopf on iopf-testdev: " pci_pass + 0 " passed, " pci_skip + 0 " skipped without needing the mock device")
	}
	printf "COUNTS %d %d %d %d\n", pass, fail, skipped, bad
}
