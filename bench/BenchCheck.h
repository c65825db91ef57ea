#pragma once
// The benchmarks' way out: a step that fails ends the run with its reason (a benchmark has no one to
// ask and no result worth printing after a failure).

#include "base/Result.h"

#include <cstdio>
#include <cstdlib>
#include <type_traits>

namespace taxbox::bench {

template<typename T> T check(Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "bench: %s: %s\n", what, qPrintable(result.error().message));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

} // namespace taxbox::bench
