// SPDX-License-Identifier: GPL-2.0
/*
 * iopf-regs: poke the registers of QEMU's iopf-testdev from user space,
 * through the sysfs mapping of its BAR0 (no driver, no /dev/mem). For the
 * smoke test of scripts/qemu-smoke, and for the e2e guest's count of the
 * answers the device received over the whole run (dump only, next to the
 * guest driver; guest/init).
 *
 *   iopf-regs DEV dump
 *       print ID, INFO and the device counters
 *   iopf-regs DEV run PASID ADDR LEN CTRL [PRGI]
 *       program an access in channel 0 (PASID "-" for none), ring its
 *       doorbell, poll its STATUS until BUSY clears (at most 30 s), print
 *       the result
 *
 * DEV is a sysfs PCI device directory, e.g. /sys/bus/pci/devices/0000:00:03.0
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static volatile uint8_t *regs;

static uint64_t rd64(unsigned int off)
{
	return *(volatile uint64_t *)(regs + off);
}

static uint32_t rd32(unsigned int off)
{
	return *(volatile uint32_t *)(regs + off);
}

static void wr64(unsigned int off, uint64_t v)
{
	*(volatile uint64_t *)(regs + off) = v;
}

static void wr32(unsigned int off, uint32_t v)
{
	*(volatile uint32_t *)(regs + off) = v;
}

/* Device counters from 0x040, in register order (qemu/README.md) */
static const char *const counters[] = {
	"requests", "groups", "responses", "resp_success", "resp_invalid",
	"resp_failure", "unexpected", "wrong_pasid", "outstanding",
	"translations", "retries", "atc_hits", "atc_misses",
	"atc_invalidations", "stale", "peak_outstanding", "peak_pasids",
	"prgi_reused", "prgi_shared", "alloc_waits", "alloc_refused",
	"ignored", "outstanding_requests", "dropped",
};

static const char *const results[] = {
	"OK", "INVALID", "FAILURE", "NO_TRANSLATION", "TIMEOUT",
	"NOT_WAITED", "BAD", "REFUSED", "STOPPED",
};

/* Channel 0's registers */
#define CH0		0x800
#define CH_PASID	(CH0 + 0x00)
#define CH_ADDR		(CH0 + 0x08)
#define CH_LEN		(CH0 + 0x10)
#define CH_CTRL		(CH0 + 0x18)
#define CH_DOORBELL	(CH0 + 0x20)
#define CH_STATUS	(CH0 + 0x28)
#define CH_PRGI		(CH0 + 0x30)

static void dump(void)
{
	unsigned int i;

	printf("iopf-regs: id 0x%08x info 0x%08x", rd32(0x00), rd32(0x08));
	for (i = 0; i < sizeof(counters) / sizeof(counters[0]); i++)
		printf(" %s=%llu", counters[i],
		       (unsigned long long)rd64(0x40 + 8 * i));
	printf("\n");
}

int main(int argc, char **argv)
{
	char path[512];
	struct timespec ts = { 0, 1000000 };
	unsigned int waited = 0;
	uint32_t st;
	int fd;

	if (argc < 3) {
		fprintf(stderr, "usage: iopf-regs DEV dump|run PASID ADDR LEN CTRL [PRGI]\n");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/resource0", argv[1]);
	fd = open(path, O_RDWR | O_SYNC);
	if (fd < 0) {
		perror(path);
		return 1;
	}
	regs = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (regs == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	if (!strcmp(argv[2], "dump")) {
		dump();
		return 0;
	}
	if (strcmp(argv[2], "run") || argc < 7 || argc > 8) {
		fprintf(stderr, "iopf-regs: bad arguments\n");
		return 2;
	}
	wr32(CH_PASID, strcmp(argv[3], "-") ?
		   (uint32_t)strtoul(argv[3], NULL, 0) | 1u << 31 : 0);
	/* ADDR as two halves, the rest as 32-bit registers */
	wr32(CH_ADDR, (uint32_t)strtoull(argv[4], NULL, 0));
	wr32(CH_ADDR + 4, (uint32_t)(strtoull(argv[4], NULL, 0) >> 32));
	wr32(CH_LEN, (uint32_t)strtoul(argv[5], NULL, 0));
	wr64(CH_CTRL, strtoul(argv[6], NULL, 0));
	wr32(CH_PRGI, argc == 8 ? (uint32_t)strtoul(argv[7], NULL, 0) : 0);
	wr32(CH_DOORBELL, 1);
	while ((st = rd32(CH_STATUS)) & 1) {
		nanosleep(&ts, NULL);
		if (++waited > 30000) {
			printf("iopf-regs: still busy after 30 s\n");
			return 1;
		}
	}
	printf("iopf-regs: pasid 0x%08x addr 0x%016llx len %u ctrl 0x%08x: result %u (%s), %u page requests, ~%u ms\n",
	       rd32(CH_PASID), (unsigned long long)rd64(CH_ADDR), rd32(CH_LEN),
	       rd32(CH_CTRL), st >> 8 & 0xff,
	       (st >> 8 & 0xff) < 9 ? results[st >> 8 & 0xff] : "?",
	       st >> 16, waited);
	dump();
	return 0;
}
