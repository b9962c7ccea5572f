#pragma once

#include <gtest/gtest.h>

#include <string>

namespace footcoach::test {

// True when the environment variable CI is set to true (or 1 or yes): a continuous-integration
// run, where every prerequisite of every test is installed.
bool inCi();

} // namespace footcoach::test

// For a test that needs something the machine may lack (a library, a tool, a privilege). With
// CI=true a missing prerequisite fails the test: CI must never report a test that did not run as
// passed. Elsewhere the test is skipped, and the skip names what is missing.
#define FOOTCOACH_REQUIRE(available, what)                                                         \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            const std::string footcoachWhy_ = (what);                                              \
            if (::footcoach::test::inCi())                                                         \
                GTEST_FAIL() << "missing prerequisite (CI=true, so this fails rather than "        \
                                "skips): "                                                         \
                             << footcoachWhy_;                                                     \
            else                                                                                   \
                GTEST_SKIP() << "skipped, missing prerequisite: " << footcoachWhy_;                \
        }                                                                                          \
    } while (false)
