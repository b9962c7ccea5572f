#pragma once

#include <cstddef>

namespace footcoach::fuzz {

// The limits one fuzz input must stay within: 100 ms of CPU time and 64 MB of heap above what
// was in use when it started (FOOTCOACH_FUZZ_BUDGET_MS and FOOTCOACH_FUZZ_BUDGET_MB change them).
// Past either, it aborts, so that libFuzzer keeps the input as a crash. libFuzzer's own -timeout
// counts whole seconds, and its -rss_limit_mb measures the whole process (sanitizer shadow, Qt,
// the corpus), not the input.
//
// Time is this thread's CPU time, not wall time: the fuzzers share a 2-core machine with builds,
// and being scheduled out is not the input's fault. Heap is counted through the sanitizer's
// malloc and free hooks. At exit it prints the slowest input and the largest heap growth.
class InputBudget {
public:
    InputBudget();
    ~InputBudget();
    InputBudget(const InputBudget&) = delete;
    InputBudget& operator=(const InputBudget&) = delete;

private:
    long long m_startHeap;
    double m_startCpuMs;
};

} // namespace footcoach::fuzz
