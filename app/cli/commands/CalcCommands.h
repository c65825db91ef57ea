#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// `calc <name>` for every calculator of core/calc, and `rules sign|verify`.
[[nodiscard]] std::vector<std::unique_ptr<Command>> calcCommands();

} // namespace taxbox::cli
