#pragma once

#include "CommandLine.h"

#include <memory>
#include <vector>

namespace taxbox::cli {

/// `filing compute` (the form engine, no workspace) and the workspace's filing commands.
[[nodiscard]] std::vector<std::unique_ptr<Command>> filingCommands();

} // namespace taxbox::cli
