#include "InputBudget.h"

#include <sanitizer/allocator_interface.h>
#include <sanitizer/common_interface_defs.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace footcoach::fuzz {

namespace {

double envOr(const char* name, double fallback) {
    const char* text = std::getenv(name);
    const double value = text ? std::atof(text) : 0.0;
    return value > 0.0 ? value : fallback;
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Heap in use, counted from the hooks, and its highest point since the current input started.
std::atomic<long long> g_live{0};
std::atomic<long long> g_peak{0};

void onMalloc(const volatile void*, std::size_t size) {
    const long long live =
        g_live.fetch_add(static_cast<long long>(size)) + static_cast<long long>(size);
    long long peak = g_peak.load(std::memory_order_relaxed);
    while (live > peak && !g_peak.compare_exchange_weak(peak, live, std::memory_order_relaxed)) {
    }
}

void onFree(const volatile void* pointer) {
    // The hook runs before the block is released, so its size is still known.
    if (pointer && __sanitizer_get_ownership(const_cast<const void*>(pointer)))
        g_live.fetch_sub(static_cast<long long>(
            __sanitizer_get_allocated_size(const_cast<const void*>(pointer))));
}

struct Limits {
    double ms = envOr("FOOTCOACH_FUZZ_BUDGET_MS", 100.0);
    double mb = envOr("FOOTCOACH_FUZZ_BUDGET_MB", 64.0);
    double slowestMs = 0.0;
    double largestMb = 0.0;

    Limits() { __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree); }
    ~Limits() {
        std::fprintf(stderr,
                     "==footcoach== slowest input: %.1f ms of CPU time (budget %g ms); "
                     "largest heap growth: %.2f MB (budget %g MB)\n",
                     slowestMs, ms, largestMb, mb);
    }
};

Limits& limits() {
    static Limits l;
    return l;
}

} // namespace

InputBudget::InputBudget()
    : m_startHeap(0)
    , m_startCpuMs(0.0) {
    limits();
    m_startHeap = g_live.load();
    g_peak.store(m_startHeap);
    m_startCpuMs = threadCpuMs();
}

InputBudget::~InputBudget() {
    const double spentMs = threadCpuMs() - m_startCpuMs;
    // Growth above the level at the start: what earlier inputs left in caches is not this
    // input's doing.
    const double grownMb = static_cast<double>(g_peak.load() - m_startHeap) / (1024.0 * 1024.0);
    Limits& l = limits();
    l.slowestMs = spentMs > l.slowestMs ? spentMs : l.slowestMs;
    l.largestMb = grownMb > l.largestMb ? grownMb : l.largestMb;
    if (spentMs > l.ms) {
        std::fprintf(stderr,
                     "==footcoach== input took %.1f ms of CPU time, over the %g ms budget\n",
                     spentMs, l.ms);
        std::abort();
    }
    if (grownMb > l.mb) {
        std::fprintf(stderr,
                     "==footcoach== input grew the heap by %.1f MB, over the %g MB budget\n",
                     grownMb, l.mb);
        std::abort();
    }
}

} // namespace footcoach::fuzz
